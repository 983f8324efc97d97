// What every step's render function gets, and the pieces steps share: question fields and answer labels.
// Pack text goes into templates as text bindings only, so it can never become HTML.
import { html, nothing } from 'lit';
import { live } from './live.js';
import type { AssessmentState, Screen } from '../../src/assessment.js';
import type { Evaluation } from '../../src/engine.js';
import { questionOf } from '../../src/pack/lookup.js';
import type { Lang, RulePack, Stage } from '../../src/pack/schema.js';
import type { BailCheckRecord } from '../../src/record-types.js';
import type { Strings } from '../../src/strings.js';
import { answerWords, localise } from '../../src/text.js';

export interface View {
  pack: RulePack;
  lang: Lang;
  t: Strings;
  state: AssessmentState;
  ev: Evaluation;
  /** The stage the host gave in the `stage` attribute: the officer is not asked it. */
  hostStage: Stage | undefined;
  caseId: string | undefined;
  /** Messages by field key (a question id, `_outcome`, `_reason`). */
  errors: Record<string, string>;
  record: BailCheckRecord | undefined;
  /** The officer asked to change a stage the host prefilled. */
  changingStage: boolean;
  go(screen: Screen): void;
  copy(): void;
  changeStage(): void;
}

/** The DOM id of a field's first control: where error links and shortcuts move focus. */
export const fieldId = (key: string) => `f-${key}`;

export function options(v: View, id: string): { value: string; label: string }[] {
  const q = questionOf(v.pack, id);
  if (q?.type === 'tri') {
    // In Welsh, the words the question's verb takes (Oes / Nac oes, Do / Naddo…); the keys stay Y, N and K.
    const [yes, no] = v.t.yesNo(answerWords(q));
    return [
      { value: 'yes', label: yes },
      { value: 'no', label: no },
      { value: 'unknown', label: v.t.unknown }
    ];
  }
  return (q?.options ?? []).map(o => ({ value: o.value, label: localise(o.text, v.lang) }));
}

export function answerLabel(v: View, id: string, value: unknown): string {
  if (typeof value !== 'string') return '—';
  return options(v, id).find(o => o.value === value)?.label ?? value;
}

export const questionText = (v: View, id: string) => {
  const q = questionOf(v.pack, id);
  return q ? localise(q.text, v.lang) : id;
};

/** A field's error message, "Error:" first for screen readers; its id is the one the field's aria-describedby names. */
export const errorMessage = (v: View, key: string) =>
  v.errors[key]
    ? html`<p class="error" id=${`e-${key}`}><span class="vh">${v.t.error}</span> ${v.errors[key]}</p>`
    : nothing;

const KEYS: Record<string, string> = { yes: 'Y', no: 'N', unknown: 'K' };

/** The key that picks an option, shown before its label (screen readers hear it from aria-keyshortcuts). */
export const keyHint = (key: string) => html`<kbd aria-hidden="true">${key}</kbd>`;

/** "From the host record", for an answer the host prefilled and the officer has not changed. */
export const hostTag = (v: View, id: string) =>
  v.state.answers[id]?.source === 'host'
    ? html`<p class="tag" id=${`t-${id}`} part="host-tag">${v.t.fromHost}</p>`
    : nothing;

/**
 * One question as a fieldset whose legend is a heading (the page heading in one-question view, h3 under the
 * section heading otherwise). Answers already given, the host's included, are shown selected; a host answer's
 * fieldset is marked `data-host`, so shortcuts pass it by.
 */
export function questionField(v: View, id: string, pageHeading: boolean) {
  const q = questionOf(v.pack, id);
  if (!q) return nothing;
  const text = localise(q.text, v.lang);
  const error = v.errors[id];
  const value = v.state.answers[id]?.value;
  const fromHost = v.state.answers[id]?.source === 'host';
  const described = [q.help ? `h-${id}` : '', fromHost ? `t-${id}` : '', error ? `e-${id}` : '']
    .filter(Boolean)
    .join(' ');
  const heading = pageHeading
    ? html`<h2 id=${`l-${id}`} tabindex="-1" data-heading>${text}</h2>`
    : html`<h3 id=${`l-${id}`}>${text}</h3>`;
  return html`<fieldset
    class="q ${error ? 'invalid' : ''}"
    part="question"
    data-q=${id}
    ?data-host=${fromHost}
    aria-describedby=${described || nothing}
  >
    <legend>${heading}</legend>
    ${q.help ? html`<p class="hint" id=${`h-${id}`}>${localise(q.help, v.lang)}</p>` : nothing} ${hostTag(v, id)}
    ${errorMessage(v, id)}
    ${
      q.type === 'text'
        ? html`<textarea
            id=${fieldId(id)}
            name=${id}
            rows="3"
            maxlength="2000"
            aria-labelledby=${`l-${id}`}
            .value=${live(value ?? '')}
          ></textarea>`
        : html`<div class="options">
            ${options(v, id).map((o, i) => {
              const key = q.type === 'tri' ? KEYS[o.value]! : String(i + 1);
              return html`<label
                ><input
                  type="radio"
                  id=${fieldId(i ? `${id}-${i}` : id)}
                  name=${id}
                  value=${o.value}
                  aria-keyshortcuts=${key}
                  .checked=${live(value === o.value)}
                />${keyHint(key)}${o.label}</label
              >`;
            })}
          </div>`
    }
  </fieldset>`;
}
