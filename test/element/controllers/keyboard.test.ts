// The keyboard controller on a bare host that renders question fieldsets: which keys mean what where (keyIntent),
// and what they do through the host's actions, with real key presses. Keys act only while focus is in the host.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { KeyboardController, keyIntent } from '../../../components/bail-safeguarding-check/controllers/keyboard.js';
import type { Screen } from '../../../src/assessment.js';
import { bareHost, removeHosts } from './host.js';

const question = (id: string) =>
  html`<fieldset class="q" data-q=${id}>
    <legend>${id}</legend>
    ${['yes', 'no', 'unknown'].map(v => html`<label><input type="radio" name=${id} value=${v} />${v}</label>`)}
  </fieldset>`;

function setUp(screen: Screen['kind'] | undefined, ids = ['q1']) {
  const host = bareHost();
  const done: string[] = [];
  let submitted = 0;
  host.view = () =>
    html`<form
      @submit=${(e: Event) => {
        e.preventDefault();
        submitted++;
      }}
    >
      <h2 tabindex="-1">Heading</h2>
      ${ids.map(question)}
      <textarea name="notes"></textarea>
    </form>`;
  new KeyboardController(host, {
    screen: () => screen,
    back: () => done.push('back'),
    copy: () => done.push('copy'),
    continue: () => done.push('continue')
  });
  document.body.append(host);
  const root = host.renderRoot;
  return {
    host,
    done,
    submitted: () => submitted,
    focus: (selector: string) => root.querySelector<HTMLElement>(selector)!.focus(),
    checked: (id: string) => root.querySelector<HTMLInputElement>(`input[name="${id}"]:checked`)?.value,
    focused: () => host.shadowRoot!.activeElement
  };
}

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

describe('KeyboardController', () => {
  afterEach(removeHosts);

  it('reads Y, N, K, digits, Enter, Alt+Backspace and C, and nothing while the officer types', () => {
    const radio = document.createElement('input');
    radio.type = 'radio';
    const area = document.createElement('textarea');
    const button = document.createElement('button');
    expect(['y', 'N', 'k', '3', 'c'].map(k => keyIntent(key({ key: k }), radio))).to.deep.equal([
      { answer: 'yes' },
      { answer: 'no' },
      { answer: 'unknown' },
      { option: 3 },
      'copy'
    ]);
    expect(keyIntent(key({ key: 'Enter' }), radio)).to.equal('continue');
    expect(keyIntent(key({ key: 'Enter' }), button), 'Enter on a button is the button’s').to.equal(undefined);
    expect(keyIntent(key({ key: 'Backspace', altKey: true }), radio)).to.equal('back');
    expect(keyIntent(key({ key: 'y' }), area), 'typing').to.equal(undefined);
    expect(keyIntent(key({ key: 'Enter' }), area), 'a new line').to.equal(undefined);
    expect(keyIntent(key({ key: 'Enter', ctrlKey: true }), area)).to.equal('continue');
    expect(keyIntent(key({ key: 'y', ctrlKey: true }), radio), 'a browser shortcut').to.equal(undefined);
    expect(keyIntent(key({ key: 'y', repeat: true }), radio), 'a held key').to.equal(undefined);
    expect(keyIntent(key({ key: '0' }), radio)).to.equal(undefined);
  });

  it('on a one-question screen, answers with Y and continues; Enter submits; Alt+Backspace goes back', async () => {
    const t = setUp('question');
    await t.host.updateComplete;
    t.focus('h2');
    await sendKeys({ press: 'y' });
    expect([t.checked('q1'), t.done]).to.deep.equal(['yes', ['continue']]);
    await sendKeys({ press: 'Enter' });
    expect(t.submitted()).to.equal(1);
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ up: 'Alt' });
    expect(t.done).to.deep.equal(['continue', 'back']);
  });

  it('on a section screen, answers the focused question and moves focus to the next', async () => {
    const t = setUp('section', ['q1', 'q2']);
    await t.host.updateComplete;
    t.focus('input[name=q1]');
    await sendKeys({ press: 'n' });
    await t.host.updateComplete;
    expect(t.checked('q1')).to.equal('no');
    expect(t.focused()?.getAttribute('name')).to.equal('q2');
    await sendKeys({ press: '3' });
    expect(t.checked('q2')).to.equal('unknown');
    expect(t.done, 'no continue on a section screen').to.deep.equal([]);
  });

  it('copies only when the decision is recorded, and never goes back from the start', async () => {
    for (const [screen, expected] of [
      ['start', []],
      ['done', ['copy']]
    ] as const) {
      const t = setUp(screen);
      await t.host.updateComplete;
      t.focus('h2');
      await sendKeys({ press: 'c' });
      await sendKeys({ down: 'Alt' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ up: 'Alt' });
      expect(t.done, screen).to.deep.equal(expected);
    }
  });

  it('does nothing while the host says no screen may act (disabled, no pack), nor once it is disconnected', async () => {
    const off = setUp(undefined);
    await off.host.updateComplete;
    off.focus('h2');
    await sendKeys({ press: 'y' });
    await sendKeys({ press: 'Enter' });
    expect([off.checked('q1'), off.done, off.submitted()]).to.deep.equal([undefined, [], 0]);

    const gone = setUp('question');
    await gone.host.updateComplete;
    gone.host.remove();
    gone.host.renderRoot.querySelector('h2')!.dispatchEvent(key({ key: 'y', bubbles: true, composed: true }));
    expect(gone.done).to.deep.equal([]);
  });

  it('never takes keys pressed outside the host', async () => {
    const t = setUp('question');
    const input = document.createElement('input');
    document.body.append(input);
    await t.host.updateComplete;
    input.focus();
    await sendKeys({ type: 'yn1k' });
    await sendKeys({ press: 'Enter' });
    expect([input.value, t.done, t.checked('q1')]).to.deep.equal(['yn1k', [], undefined]);
    input.remove();
  });
});
