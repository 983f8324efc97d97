import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { evaluate } from '../../src/engine.js';
import { packIdentity } from '../../src/pack/identity.js';
import type { Lang, Question, RulePack } from '../../src/pack/schema.js';
import { initialPack, type LoadedPack } from '../../src/pack/load.js';
import { stringsFor } from '../../src/strings.js';
import { localise } from '../../src/text.js';
import type { BailCheckErrorDetail, BailCheckEventMap, PackSource } from '../events.js';
import { styles } from './bail-safeguarding-check.styles.js';

/**
 * Walks a custody officer through the safeguarding questions of a domestic abuse bail decision.
 *
 * @summary Custody bail-decision safeguarding check.
 * @tag bail-safeguarding-check
 *
 * @attr rules-src - URL of a rule pack; absent: the bundled default pack.
 * @attr case-id - The host's custody record reference.
 * @attr officer-id - The deciding officer's identifier.
 * @attr lang - Interface and pack language: `en` or `cy`.
 * @attr stage - `pre-charge` or `post-charge`, when the host knows it.
 * @attr name - The form field name.
 * @attr disabled - Disables the element.
 *
 * @fires bail-check-ready - The pack in use and where it came from.
 * @fires bail-check-error - Something the host should know; the element keeps working.
 *
 * @csspart question - The fieldset of the current question.
 *
 * @cssprop [--bsc-text-color=#0b0c0c] - Text colour.
 * @cssprop [--bsc-background=#ffffff] - Background colour.
 * @cssprop [--bsc-accent=#1d70b8] - Accent colour of controls.
 * @cssprop [--bsc-focus-color=#ffdd00] - Focus outline colour.
 */
export class BailSafeguardingCheck extends LitElement {
  static override styles = styles;

  static override properties = {
    rulesSrc: { type: String, attribute: 'rules-src' },
    caseId: { type: String, attribute: 'case-id' },
    officerId: { type: String, attribute: 'officer-id' },
    lang: { type: String },
    stage: { type: String },
    name: { type: String },
    disabled: { type: Boolean, reflect: true },
    rulePack: { attribute: false },
    _pack: { state: true }
  };

  declare rulesSrc: string | undefined;
  declare caseId: string | undefined;
  declare officerId: string | undefined;
  declare stage: string | undefined;
  declare name: string | undefined;
  declare disabled: boolean;
  /** A rule pack object to use instead of `rules-src` or the bundled pack. */
  declare rulePack: unknown;
  declare private _pack: LoadedPack | undefined;

  constructor() {
    super();
    this.disabled = false;
  }

  private get language(): Lang {
    return this.lang === 'cy' ? 'cy' : 'en';
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (!this._pack || changed.has('rulePack')) this._pack = this.resolvePack();
  }

  override updated(changed: PropertyValues) {
    if (changed.has('_pack') && this._pack) void this.announceReady(this._pack.pack, this._pack.source);
  }

  private resolvePack(): LoadedPack {
    const { loaded, refusal } = initialPack(this.rulePack);
    if (refusal) this.emitError({ code: refusal.code, message: refusal.message });
    return loaded;
  }

  private async announceReady(pack: RulePack, source: PackSource) {
    const identity = await packIdentity(pack);
    if (this._pack?.pack !== pack) return;
    this.emit('bail-check-ready', { rulePack: identity, source });
  }

  private emitError(detail: BailCheckErrorDetail) {
    this.emit('bail-check-error', detail);
  }

  private emit<K extends keyof BailCheckEventMap>(type: K, detail: BailCheckEventMap[K]['detail']) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  override render() {
    const loaded = this._pack;
    if (!loaded) return html`<p role="status">${stringsFor(this.language).loading}</p>`;
    const evaluation = evaluate(
      loaded.pack,
      {},
      this.stage === 'post-charge' ? 'post-charge' : undefined,
      this.language
    );
    const first = loaded.pack.questions.find(q => evaluation.asked.includes(q.id));
    return first ? this.renderQuestion(first) : nothing;
  }

  private renderQuestion(question: Question) {
    const lang = this.language;
    const t = stringsFor(lang);
    const options =
      question.type === 'tri'
        ? [
            { value: 'yes', label: t.yes },
            { value: 'no', label: t.no },
            { value: 'unknown', label: t.unknown }
          ]
        : (question.options ?? []).map(o => ({ value: o.value, label: localise(o.text, lang) }));
    const helpId = `help-${question.id}`;
    return html`
      <fieldset
        class="question"
        part="question"
        aria-describedby=${question.help ? helpId : nothing}
        ?disabled=${this.disabled}
      >
        <legend><h2>${localise(question.text, lang)}</h2></legend>
        ${question.help ? html`<p class="help" id=${helpId}>${localise(question.help, lang)}</p>` : nothing}
        <div class="options">
          ${options.map(
            o => html`<label><input type="radio" name=${question.id} value=${o.value} />${o.label}</label>`
          )}
        </div>
      </fieldset>
    `;
  }
}
