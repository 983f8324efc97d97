// The trainer's controls: the case (open it, start it again), classroom mode and the reveal, projector text, the
// handout; then, one click away, the check's language and stage, the theme and a rule pack.
import { html, nothing, type TemplateResult } from 'lit';
import type { TrainingCase } from '../cases/index.js';
import type { Stage } from '../embed.js';
import type { PackLoad } from './pack-file.js';
import { THEMES, type ThemeId } from './themes.js';

export interface SwitchState {
  cases: readonly TrainingCase[];
  caseId: string;
  lang: 'en' | 'cy';
  stage: Stage | '';
  theme: ThemeId;
  projector: boolean;
  classroom: boolean;
  /** The outcome shows for this case (the class decided, or it was revealed). */
  shown: boolean;
  packLoad: PackLoad;
  themeValues: { name: string; value: string }[];
}

export interface SwitchHandlers {
  openCase: (id: string) => void;
  restartCase: () => void;
  classroom: (on: boolean) => void;
  reveal: () => void;
  print: () => void;
  lang: (lang: 'en' | 'cy') => void;
  stage: (stage: Stage | '') => void;
  theme: (theme: string) => void;
  projector: (on: boolean) => void;
  packFile: (file: File) => void;
  bundledPack: () => void;
}

const value = (e: Event) => (e.currentTarget as HTMLSelectElement).value;

function renderPackStatus(load: PackLoad): TemplateResult | typeof nothing {
  switch (load.status) {
    case 'ok':
      return html`<p class="pack-ok" role="status">
          Using <strong>${load.pack.title.en}</strong>, version ${load.pack.version}, from ${load.file}.
          ${load.warnings.length ? html`${load.warnings.length} warning(s):` : nothing}
        </p>
        ${
          load.warnings.length
            ? html`<ul class="pack-warnings">
                ${load.warnings.map(w => html`<li><code>${w.path}</code>: ${w.message}</li>`)}
              </ul>`
            : nothing
        }`;
    case 'error':
      return html`<div class="error-summary" role="alert">
        <h3>The rule pack in ${load.file} was refused</h3>
        <p>
          It has ${load.errors.length === 1 ? 'one problem' : `${load.errors.length} problems`}. The check keeps using
          the pack it had.
        </p>
        <ul>
          ${load.errors.map(e => html`<li><strong>${e.path}</strong>: ${e.message}</li>`)}
        </ul>
      </div>`;
    default:
      return nothing;
  }
}

function checkbox(id: string, label: string, checked: boolean, change: (on: boolean) => void): TemplateResult {
  return html`<div class="field field-checkbox">
    <input
      type="checkbox"
      id=${id}
      .checked=${checked}
      @change=${(e: Event) => change((e.currentTarget as HTMLInputElement).checked)}
    />
    <label for=${id}>${label}</label>
  </div>`;
}

export function renderSwitches(s: SwitchState, on: SwitchHandlers): TemplateResult {
  return html`
    <form
      class="controls-row case-picker"
      @submit=${(e: Event) => {
        e.preventDefault();
        const select = (e.currentTarget as HTMLFormElement).elements.namedItem('case') as HTMLSelectElement;
        on.openCase(select.value);
      }}
    >
      <div class="field field-wide">
        <label for="case-select">Training case</label>
        <select id="case-select" name="case">
          ${s.cases.map(c => html`<option value=${c.id} .selected=${c.id === s.caseId}>${c.title}</option>`)}
        </select>
      </div>
      <div class="button-row">
        <button type="submit">Open this case</button>
        <button type="button" @click=${on.restartCase}>Start this case again</button>
      </div>
    </form>
    <div class="controls-row">
      ${checkbox(
        'classroom-toggle',
        'Classroom mode: nothing of the outcome shows until the class decides',
        s.classroom,
        on.classroom
      )}
      ${checkbox('projector-toggle', 'Large, high-contrast text for a projector', s.projector, on.projector)}
      <div class="button-row">
        <button type="button" @click=${on.reveal} ?disabled=${s.shown}>Reveal the outcome</button>
        <button type="button" @click=${on.print}>Print the handout</button>
      </div>
    </div>
    <details class="more-settings">
      <summary>Language, stage, theme and rule pack</summary>
      <div class="switches">
        <div class="field">
          <label for="lang-select">Language of the check</label>
          <select id="lang-select" @change=${(e: Event) => on.lang(value(e) === 'cy' ? 'cy' : 'en')}>
            <option value="en" .selected=${s.lang === 'en'}>English</option>
            <option value="cy" lang="cy" .selected=${s.lang === 'cy'}>Cymraeg (Welsh)</option>
          </select>
        </div>
        <div class="field">
          <label for="stage-select">Stage of the decision</label>
          <select
            id="stage-select"
            @change=${(e: Event) => {
              const v = value(e);
              on.stage(v === 'pre-charge' || v === 'post-charge' ? v : '');
            }}
          >
            <option value="" .selected=${s.stage === ''}>Not set: the officer answers it</option>
            <option value="pre-charge" .selected=${s.stage === 'pre-charge'}>Before charge</option>
            <option value="post-charge" .selected=${s.stage === 'post-charge'}>After charge</option>
          </select>
        </div>
        <div class="field">
          <label for="theme-select">Theme of the check</label>
          <select id="theme-select" @change=${(e: Event) => on.theme(value(e))}>
            ${THEMES.map(t => html`<option value=${t.id} .selected=${t.id === s.theme}>${t.label}</option>`)}
          </select>
        </div>
      </div>
      <details class="theme-values">
        <summary>The element's custom properties in this theme</summary>
        <table>
          <caption>
            Custom properties as the browser computed them on the element
          </caption>
          <thead>
            <tr>
              <th scope="col">Property</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            ${s.themeValues.map(
              p =>
                html`<tr>
                  <td><code>${p.name}</code></td>
                  <td>${p.value}</td>
                </tr>`
            )}
          </tbody>
        </table>
      </details>
      <div class="pack-loader">
        <div class="field">
          <label for="pack-file">Load a rule pack from a file (JSON)</label>
          <input
            type="file"
            id="pack-file"
            accept=".json,application/json"
            @change=${(e: Event) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) on.packFile(file);
              input.value = '';
            }}
          />
        </div>
        <button type="button" @click=${on.bundledPack} ?disabled=${s.packLoad.status !== 'ok'}>
          Go back to the bundled pack
        </button>
      </div>
      ${renderPackStatus(s.packLoad)}
    </details>
  `;
}
