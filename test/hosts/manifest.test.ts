// custom-elements.json against the running element, so the manifest cannot drift from what a host meets: its
// attributes are the element's observedAttributes; its properties, its reactive properties; its events, what the
// element dispatches over a whole assessment; its parts, every part rendered at every step (the error summary,
// a draft offer, a prefilled answer, the result, the recorded decision); its custom properties, the ones the
// styles read, with the same defaults. (manifest.test.mjs checks the file against the source and is current.)
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { CSSResult } from 'lit';
import { BailSafeguardingCheck } from '../../components/element.js';
import manifestJson from '../../custom-elements.json';
import { offerButton, draftKey, draftKeys, uniqueCase, wipeStorage } from '../element-storage/support.js';
import { choose, cleanup, completeAssessment, mount, nextEvent, proceed, shadow } from '../helpers.js';

interface Manifest {
  modules: {
    declarations: {
      customElement?: boolean;
      tagName?: string;
      attributes?: { name: string; fieldName?: string }[];
      members?: { kind: string; name: string; attribute?: string }[];
      events?: { name: string }[];
      cssParts?: { name: string }[];
      cssProperties?: { name: string; default?: string }[];
    }[];
  }[];
}

type Declaration = Manifest['modules'][number]['declarations'][number];

function manifestElement(): Declaration {
  const manifest: Manifest = manifestJson;
  const element = manifest.modules.flatMap(m => m.declarations).find(d => d.customElement);
  if (!element) throw new Error('no custom element in custom-elements.json');
  return element;
}

const names = (list: { name: string }[] | undefined) => (list ?? []).map(x => x.name).sort();

/** Every part name the element renders from now on, and every event type it dispatches. */
function observe(el: BailSafeguardingCheck, parts: Set<string>, events: Set<string>) {
  const dispatch = el.dispatchEvent.bind(el);
  el.dispatchEvent = (event: Event) => {
    events.add(event.type);
    return dispatch(event);
  };
  const scan = (root: ParentNode) =>
    root.querySelectorAll('[part]').forEach(n =>
      n
        .getAttribute('part')!
        .split(/\s+/)
        .forEach(p => parts.add(p))
    );
  return new MutationObserver(() => scan(shadow(el)));
}

async function mountObserved(caseId: string, parts: Set<string>, events: Set<string>) {
  let observer: MutationObserver | undefined;
  const el = await mount(el => {
    el.setAttribute('case-id', caseId);
    // An unknown language: the element says so (bail-check-error) and uses English.
    el.setAttribute('lang', 'xx');
    el.prefill = { 'suspect.on-bail': 'yes' };
    observer = observe(el, parts, events);
  });
  observer!.observe(shadow(el), { subtree: true, childList: true, attributes: true });
  return { el, stop: () => observer!.disconnect() };
}

/** Two elements of one case: the first leaves a draft, the second offers it, starts again and completes. */
async function walkEveryStep() {
  const parts = new Set<string>();
  const events = new Set<string>();
  await wipeStorage();
  const caseId = uniqueCase();

  const first = await mountObserved(caseId, parts, events);
  await nextEvent(first.el, 'bail-check-ready');
  await proceed(first.el); // no stage chosen: the error summary
  expect(shadow(first.el).querySelector('.error-summary'), 'no error summary').to.not.equal(null);
  await choose(first.el, 'decision.stage', 'post-charge');
  await proceed(first.el);
  await choose(first.el, 'arrest.for-breach', 'none');
  await waitUntil(async () => (await draftKeys()).includes(draftKey(caseId)), 'no draft saved', { timeout: 30_000 });
  first.stop();
  first.el.remove();

  const second = await mountObserved(caseId, parts, events);
  await waitUntil(() => !!offerButton(second.el, 'Start again'), 'no draft offered', { timeout: 30_000 });
  offerButton(second.el, 'Start again')!.click();
  await second.el.updateComplete;
  await completeAssessment(second.el);
  await second.el.updateComplete;
  second.stop();
  return { parts, events };
}

/** A colour in the browser's computed form, so `#fff` and `#ffffff` compare equal; anything else as written. */
function normalise(value: string): string {
  const v = value.trim();
  if (!CSS.supports('color', v)) return v;
  const probe = document.createElement('span');
  probe.style.color = v;
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return computed;
}

describe('custom-elements.json against the running element', () => {
  let element: Declaration;
  let walked: { parts: Set<string>; events: Set<string> };

  before(async function () {
    this.timeout(180_000);
    element = manifestElement();
    walked = await walkEveryStep();
    cleanup();
  });
  after(cleanup);

  it('names the tag the package defines', () => {
    expect(element.tagName).to.equal('bail-safeguarding-check');
    expect(customElements.get(element.tagName!)).to.equal(BailSafeguardingCheck);
  });

  it('lists exactly the observed attributes', () => {
    expect(names(element.attributes)).to.deep.equal([...BailSafeguardingCheck.observedAttributes].sort());
  });

  it('lists every reactive property a host may set, with its attribute', () => {
    const reactive = [...BailSafeguardingCheck.elementProperties].filter(([, options]) => !options.state);
    expect(reactive.length).to.be.greaterThan(10);
    for (const [name, options] of reactive) {
      const member = element.members?.find(m => m.name === name);
      expect(member, `property ${String(name)}`).to.not.equal(undefined);
      const attribute = options.attribute === false ? undefined : (options.attribute ?? String(name).toLowerCase());
      expect(member!.attribute, `attribute of ${String(name)}`).to.equal(attribute);
    }
    const accessors = element.members!.filter(m => m.kind === 'field').map(m => m.name);
    for (const name of accessors)
      expect(name in document.createElement('bail-safeguarding-check'), name).to.equal(true);
    const methods = element.members!.filter(m => m.kind === 'method').map(m => m.name);
    for (const name of methods)
      expect(typeof BailSafeguardingCheck.prototype[name as keyof BailSafeguardingCheck], name).to.equal('function');
  });

  it('lists exactly the events the element dispatched over a whole assessment', () => {
    expect([...walked.events].sort()).to.deep.equal(names(element.events));
  });

  it('lists exactly the parts rendered at every step', () => {
    expect([...walked.parts].sort()).to.deep.equal(names(element.cssParts));
  });

  it('lists exactly the custom properties the styles read, with their defaults', () => {
    // The element's sheet is a constructable one: its rules' text, as the browser holds it.
    const styles = BailSafeguardingCheck.elementStyles
      .map(s =>
        s instanceof CSSStyleSheet ? [...s.cssRules].map(r => r.cssText).join('\n') : (s as CSSResult).cssText
      )
      .join('\n');
    const used = new Map<string, Set<string>>();
    for (const [, name, fallback] of styles.matchAll(/var\(\s*(--[\w-]+)\s*(?:,\s*([^)]+))?\)/g))
      used.set(name!, (used.get(name!) ?? new Set()).add(normalise(fallback ?? '')));
    expect([...used.keys()].sort()).to.deep.equal(names(element.cssProperties));
    for (const { name, default: documented } of element.cssProperties!)
      expect([...used.get(name)!], name).to.deep.equal([normalise(documented ?? '')]);
  });
});
