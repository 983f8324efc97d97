// The documented shortcuts, read from keydown events that reach the element (so only while focus is inside it:
// a host page's keys are never taken). Letters are ignored while the officer is typing. Y, N and K answer yes,
// no and not known, 1 to 9 pick an option, Enter continues, Alt+Backspace goes back, C copies the summary.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Screen } from '../../../src/assessment.js';

export type KeyIntent = { answer: string } | { option: number } | 'back' | 'continue' | 'copy';

/** What a key press means where it was pressed; undefined for a key that is not a shortcut there. */
export function keyIntent(e: KeyboardEvent, target: Element): KeyIntent | undefined {
  const typing = target.matches('textarea:not([readonly]), input:not([type=radio])');
  if (e.key === 'Enter' && typing)
    return e.ctrlKey && target.matches('textarea:not([readonly])') ? 'continue' : undefined;
  if (typing || e.ctrlKey || e.metaKey || e.isComposing) return;
  if (e.altKey) return e.key === 'Backspace' ? 'back' : undefined;
  if (e.key === 'Enter') return target.matches('button, a, summary') ? undefined : 'continue';
  if (e.repeat) return;
  const key = e.key.toLowerCase();
  if (key === 'y') return { answer: 'yes' };
  if (key === 'n') return { answer: 'no' };
  if (key === 'k') return { answer: 'unknown' };
  if (key === 'c') return 'copy';
  if (/^[1-9]$/.test(key)) return { option: Number(key) };
  return;
}

export interface KeyActions {
  /** The kind of screen the keys act on; undefined while they must do nothing (disabled, no pack yet). */
  screen(): Screen['kind'] | undefined;
  back(): void;
  copy(): void;
  /** Continue from a one-question screen, after a key answered its question. */
  continue(): void;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export class KeyboardController implements ReactiveController {
  readonly #host: Host;
  readonly #actions: KeyActions;

  constructor(host: Host, actions: KeyActions) {
    this.#host = host;
    this.#actions = actions;
    host.addController(this);
  }

  hostConnected() {
    this.#host.addEventListener('keydown', this.#onKey);
  }

  hostDisconnected() {
    this.#host.removeEventListener('keydown', this.#onKey);
  }

  readonly #onKey = (e: KeyboardEvent) => {
    const target = e.composedPath()[0];
    const kind = this.#actions.screen();
    if (!kind || !(target instanceof Element)) return;
    const intent = keyIntent(e, target);
    if (!intent) return;
    if (intent === 'back') {
      if (kind !== 'start' && kind !== 'done') this.#actions.back();
    } else if (intent === 'continue') {
      this.#host.renderRoot.querySelector('form')?.requestSubmit();
    } else if (intent === 'copy') {
      if (kind !== 'done') return;
      this.#actions.copy();
    } else if (!this.#answer(intent, target, kind)) return;
    e.preventDefault();
  };

  /**
   * Clicks the option the key names in the question focused, else in the first unanswered one; false when there is
   * none. In a section, focus then moves on to the next question, passing by host answers (marked `data-host`), and
   * after the last to Continue: keys pressed in sequence answer the officer's questions and never overwrite what the
   * host record gave. A host answer changes only when the officer moves into it themselves.
   */
  #answer(intent: { answer: string } | { option: number }, target: Element, kind: Screen['kind']): boolean {
    const root = this.#host.renderRoot;
    const groups = [...root.querySelectorAll<HTMLElement>('fieldset.q')];
    const own = (g: HTMLElement) => !g.hasAttribute('data-host') && !!g.querySelector('input[type=radio]');
    const group =
      target.closest<HTMLElement>('fieldset.q') ??
      groups.find(g => own(g) && !g.querySelector('input:checked')) ??
      // One question (or the decision) on the screen: the key may change an answer already given.
      (kind === 'question' || kind === 'decision' ? groups.find(own) : undefined);
    const radios = [...(group?.querySelectorAll<HTMLInputElement>('input[type=radio]') ?? [])];
    const radio = 'answer' in intent ? radios.find(r => r.value === intent.answer) : radios[intent.option - 1];
    if (!radio) return false;
    radio.click();
    if (kind === 'question') this.#actions.continue();
    else
      // On to the next question once rendered (the answer may have made a follow-up appear); after a section's
      // last, to Continue. On the decision, focus stays with the outcome until there is a next field to go to.
      void this.#host.updateComplete.then(() => {
        const all = [...root.querySelectorAll<HTMLElement>('fieldset.q')];
        const at = all.findIndex(g => g.dataset['q'] === group!.dataset['q']);
        const after = all.slice(at + 1).find(g => !g.hasAttribute('data-host'));
        const next =
          after?.querySelector<HTMLElement>('input:checked, input, textarea') ??
          (kind === 'decision' ? radio : root.querySelector<HTMLElement>('form button.primary'));
        (next ?? radio).focus();
      });
    return true;
  }
}
