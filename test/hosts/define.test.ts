// define(tagName?): the element under another name, end to end, and two versions on one page. The source entry
// is tested in this page (where the default tag already holds this class); the built entries in a page of their
// own, where an older version already holds the default tag, as when two vendors' scripts meet.
import { expect } from '@open-wc/testing';
import { BailSafeguardingCheck, DEFAULT_TAG, define } from '../../components/element.js';
import { verifyRecord } from '../../src/core.js';
import { completeAssessment, heading, nextEvent } from '../helpers.js';
import { closeFrames, hostElement, openFrame } from './support.js';

const NEXT_TAG = 'bail-safeguarding-check-next';
const fixture = (file: string) => new URL(`./fixtures/${file}`, import.meta.url).href;
const built = (file: string) => new URL(`../../dist/${file}`, import.meta.url).href;

/** Runs a module script in `doc`, as a page's <script type="module" src> would; rejects if it fails to load. */
function runModule(doc: Document, src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = src;
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`${src} did not load`)), { once: true });
    doc.head.append(script);
  });
}

/** Every console.warn of `win` from now on, as text, until `restore()`. */
function watchWarnings(win: Window & typeof globalThis) {
  const warnings: string[] = [];
  const original = win.console.warn;
  win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (win.console.warn = original) };
}

describe('define(tagName?)', () => {
  afterEach(() => {
    document.body.querySelectorAll('custody-bail-check').forEach(n => n.remove());
    closeFrames();
  });

  it('registers the element under another name, which works end to end beside the default tag', async () => {
    const { warnings, restore } = watchWarnings(window as Window & typeof globalThis);
    try {
      define('custody-bail-check');
      define('custody-bail-check'); // again: nothing to do, no warning
      define(); // the default tag holds this very class: nothing to do, no warning
    } finally {
      restore();
    }
    expect(warnings).to.deep.equal([]);
    expect(customElements.get(DEFAULT_TAG)).to.equal(BailSafeguardingCheck);
    const Renamed = customElements.get('custody-bail-check')!;
    expect(Renamed.prototype).to.be.instanceOf(BailSafeguardingCheck);

    const el = document.createElement('custody-bail-check') as BailSafeguardingCheck;
    el.setAttribute('case-id', 'CR-RENAMED-1');
    const ready = nextEvent(document, 'bail-check-ready');
    document.body.append(el);
    expect((await ready).target).to.equal(el);
    const completed = nextEvent(document, 'bail-check-complete');
    const { detail: record } = await completeAssessment(el);
    expect((await completed).detail).to.equal(record);
    expect(heading(el)).to.equal('Decision recorded');
    expect(record.caseId).to.equal('CR-RENAMED-1');
    expect(await verifyRecord(record)).to.deep.equal({ ok: true, problems: [] });
  });

  it('two versions on one page: the built bundle warns instead of throwing, and the built entry takes another name', async () => {
    const page = await openFrame(fixture('blank.html'));
    const win = page.window;
    // An older version of the plugin already holds the default tag.
    class OlderVersion extends win.HTMLElement {}
    win.customElements.define(DEFAULT_TAG, OlderVersion);
    const errors: string[] = [];
    win.addEventListener('error', e => errors.push(e.message));
    const { warnings, restore } = watchWarnings(win);
    try {
      await runModule(page.document, built('bail-safeguarding.js'));
    } finally {
      restore();
    }
    expect(errors, 'uncaught errors').to.deep.equal([]);
    expect(warnings).to.deep.equal([
      `bail-safeguarding: <${DEFAULT_TAG}> is already defined by another script; keeping that one.`
    ]);
    expect(win.customElements.get(DEFAULT_TAG)).to.equal(OlderVersion);

    // This version, from the side-effect-free entry, under a name of its own: it works end to end.
    await runModule(page.document, fixture(`second-version.ts?tag=${NEXT_TAG}`));
    expect(errors, 'uncaught errors').to.deep.equal([]);
    const el = page.document.createElement(NEXT_TAG) as BailSafeguardingCheck;
    el.setAttribute('case-id', 'CR-NEXT-1');
    page.document.body.append(el);
    await hostElement(page, NEXT_TAG);
    const { detail: record } = await completeAssessment(el);
    expect(heading(el)).to.equal('Decision recorded');
    expect(record.caseId).to.equal('CR-NEXT-1');
    expect(await verifyRecord(record)).to.deep.equal({ ok: true, problems: [] });
    expect(page.document.querySelector(DEFAULT_TAG), 'the older version’s tag untouched').to.equal(null);
  });
});
