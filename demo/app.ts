// The trainer's demo page as an app: `mountDemo(container)` builds the custody screen around one embedded
// <bail-safeguarding-check>, so the page and the browser tests run the same code.
import { html, render } from 'lit';
import type { BailCheckReadyDetail } from '../components/element.js';
import { defaultPack, verifyRecord, type BailCheckRecord, type RulePack } from '../src/core.js';
import { CASES, caseById, REVIEW_CASE_ID, type TrainingCase } from './cases/index.js';
import { renderCase, renderCustodyHeader } from './case-view.js';
import { readPackFile, type PackLoad } from './controls/pack-file.js';
import { renderSwitches } from './controls/switches.js';
import { isThemeId, themeValues, type ThemeId } from './controls/themes.js';
import {
  createCheck,
  currentRecommendation,
  listen,
  restartCase,
  setLanguage,
  setRulePack,
  setStage,
  showCase,
  type CheckElement,
  type HostCase,
  type Stage
} from './embed.js';
import { diffRecords, type RecordDiff } from './explain/diff.js';
import { renderExplain } from './explain/explain-view.js';
import { copyMessage, copyText } from './host/copy.js';
import { embedSnippet, renderEmbedSnippet } from './host/embed-snippet.js';
import { logEntry, renderLog, type LogEntry } from './host/event-log.js';
import { renderFinal, tamperWith, type Tampering, type Verification } from './host/final-record.js';

export interface DemoOptions {
  /** Keep the chosen case in the address (#case=…), so a trainer can link to it and reload. Default: false. */
  useHash?: boolean;
  /** The case shown first, when the address names none. Default: the review's own case. */
  initialCaseId?: string;
}

export interface DemoApp {
  readonly element: CheckElement;
  /** Stops listening and empties the container. */
  destroy(): void;
}

interface State {
  case: TrainingCase;
  lang: 'en' | 'cy';
  stage: Stage | '';
  theme: ThemeId;
  projector: boolean;
  packLoad: PackLoad;
  ready: BailCheckReadyDetail | undefined;
  latest: BailCheckRecord | undefined;
  diff: RecordDiff | undefined;
  final: { record: BailCheckRecord; pack: RulePack | undefined } | undefined;
  verification: Verification | undefined;
  tampering: Tampering | undefined;
  log: LogEntry[];
  copyStatus: string;
}

function hostCase(c: TrainingCase, stage: Stage | ''): HostCase {
  return { caseId: c.custody.reference, officerId: c.custody.officerId, stage, prefill: c.prefill };
}

function caseFromHash(): string | undefined {
  const m = /(?:^#|&)case=([\w-]+)/.exec(location.hash);
  return m?.[1];
}

export function mountDemo(container: HTMLElement, options: DemoOptions = {}): DemoApp {
  const check = createCheck();
  const first = caseById((options.useHash && caseFromHash()) || options.initialCaseId || REVIEW_CASE_ID) ?? CASES[0]!;
  const state: State = {
    case: first,
    lang: 'en',
    stage: first.stage ?? '',
    theme: 'standard',
    projector: false,
    packLoad: { status: 'none' },
    ready: undefined,
    latest: undefined,
    diff: undefined,
    final: undefined,
    verification: undefined,
    tampering: undefined,
    log: [],
    copyStatus: ''
  };
  let logCount = 0;
  let themeTable: { name: string; value: string }[] = [];

  /** The pack the element is using: the loaded file's once the element says so, else the bundled one. */
  const packInUse = (): RulePack =>
    state.ready?.source === 'property' && state.packLoad.status === 'ok' ? state.packLoad.pack : defaultPack;

  const forgetAssessment = () => {
    state.latest = undefined;
    state.diff = undefined;
    state.final = undefined;
    state.verification = undefined;
    state.tampering = undefined;
  };

  /** Shows what the prefill alone already gives, before the officer's first answer fires an event. */
  const showProvisional = async () => {
    const record = await currentRecommendation(check);
    if (record && !state.latest) {
      state.latest = record;
      update();
    }
  };

  const copy = async (what: string, text: string, shown: HTMLElement) => {
    state.copyStatus = copyMessage(await copyText(text, shown), what);
    update();
  };

  const handlers = {
    startCase: async (id: string) => {
      const c = caseById(id);
      if (!c) return;
      state.case = c;
      state.stage = c.stage ?? '';
      forgetAssessment();
      if (options.useHash) history.replaceState(null, '', `#case=${c.id}`);
      restartCase(check, hostCase(c, state.stage));
      update();
      // The element focuses its own start heading on reset; the page changed more than that, so the reader
      // starts at the new case's title.
      await check.updateComplete;
      container.querySelector<HTMLElement>('#case-title')?.focus();
      await showProvisional();
    },
    lang: (lang: 'en' | 'cy') => {
      state.lang = lang;
      setLanguage(check, lang);
      update();
    },
    stage: (stage: Stage | '') => {
      state.stage = stage;
      setStage(check, stage);
      update();
    },
    theme: (theme: string) => {
      if (isThemeId(theme)) state.theme = theme;
      update();
    },
    projector: (on: boolean) => {
      state.projector = on;
      update();
    },
    packFile: async (file: File) => {
      state.packLoad = await readPackFile(file);
      if (state.packLoad.status === 'ok') {
        forgetAssessment();
        setRulePack(check, state.packLoad.pack);
      }
      update();
    },
    bundledPack: () => {
      state.packLoad = { status: 'none' };
      forgetAssessment();
      setRulePack(check, undefined);
      update();
    }
  };

  const finalHandlers = {
    copy: (what: string, text: string, shown: HTMLElement) => void copy(what, text, shown),
    verify: async () => {
      if (!state.final) return;
      const { ok, problems } = await verifyRecord(state.final.record, state.final.pack);
      state.verification = { target: 'record', ok, problems };
      update();
    },
    tamper: async () => {
      if (!state.final) return;
      state.tampering = tamperWith(state.final.record);
      const { ok, problems } = await verifyRecord(state.tampering.record, state.final.pack);
      state.verification = { target: 'tampered', ok, problems };
      update();
    }
  };

  const logHandlers = {
    copy: (entry: LogEntry, shown: HTMLElement) => void copy(`event ${entry.n}`, entry.json, shown),
    clear: () => {
      state.log = [];
      update();
    }
  };

  const stopListening = listen(check, (type, event) => {
    state.log.push(logEntry(++logCount, type, event.detail, new Date()));
    if (type === 'bail-check-ready') {
      state.ready = (event as CustomEvent<BailCheckReadyDetail>).detail;
      void showProvisional();
    } else if (type === 'bail-check-change' || type === 'bail-check-complete') {
      const record =
        type === 'bail-check-change'
          ? (event as CustomEvent<{ recommendation: BailCheckRecord }>).detail.recommendation
          : (event as CustomEvent<BailCheckRecord>).detail;
      state.diff = diffRecords(state.latest, record);
      state.latest = record;
      if (type === 'bail-check-complete') {
        state.final = { record, pack: state.ready?.source === 'property' ? packInUse() : undefined };
        state.verification = undefined;
        state.tampering = undefined;
      }
    }
    update();
  });

  function template() {
    const c = state.case;
    const pack = packInUse();
    return html`
      <div class=${state.projector ? 'demo projector' : 'demo'}>
        <header class="custody-header">${renderCustodyHeader(c.custody)}</header>
        <section class="controls" aria-labelledby="controls-title">
          <h2 id="controls-title">Trainer controls</h2>
          <p class="intro">
            Pick a case and press <strong>Start this case</strong>. Read the case, then answer the check as the custody
            officer would, using the answer key under the case. <strong>Why: the explain view</strong> shows which rules
            fired and what each answer changed; <strong>What the host receives</strong> shows the events and the final
            record a custody system gets.
          </p>
          ${renderSwitches(
            {
              cases: CASES,
              caseId: c.id,
              lang: state.lang,
              stage: state.stage,
              theme: state.theme,
              projector: state.projector,
              packLoad: state.packLoad,
              themeValues: themeTable
            },
            handlers
          )}
        </section>
        <main class="workspace">
          <section class="case" aria-labelledby="case-title">${renderCase(c, pack, state.lang)}</section>
          <section class="check" aria-labelledby="check-title">
            <h2 id="check-title">Bail safeguarding check</h2>
            <div class=${`check-frame theme-${state.theme}`}>${check}</div>
          </section>
          <section class="explain" aria-labelledby="explain-title" tabindex="0">
            <h2 id="explain-title">Why: the explain view</h2>
            ${renderExplain({ record: state.latest, diff: state.diff, pack, lang: state.lang })}
          </section>
          <section class="host-view" aria-labelledby="host-title">
            <h2 id="host-title">What the host receives</h2>
            <p class="copy-status" role="status">${state.copyStatus}</p>
            ${renderEmbedSnippet(embedSnippet(check, c.prefill, state.packLoad.status === 'ok'))}
            <h3 id="final-title">The final record</h3>
            ${renderFinal(state.final?.record, state.verification, state.tampering, finalHandlers)}
            <h3 id="log-title">Event log</h3>
            ${renderLog(state.log, logHandlers)}
          </section>
        </main>
      </div>
    `;
  }

  let destroyed = false;

  function update() {
    if (destroyed) return; // async work (a verification, a copy) may finish after the page is gone
    render(template(), container);
    // The theme table shows values the browser computed, so it can only be read after a render.
    const values = themeValues(check);
    if (JSON.stringify(values) !== JSON.stringify(themeTable)) {
      themeTable = values;
      render(template(), container);
    }
  }

  showCase(check, hostCase(first, state.stage));
  update();

  return {
    element: check,
    destroy() {
      destroyed = true;
      stopListening();
      render(html``, container);
      container.replaceChildren();
    }
  };
}
