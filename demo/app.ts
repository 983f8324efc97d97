// The trainer's demo page as an app: `mountDemo(container)` builds the custody screen around one embedded
// <bail-safeguarding-check>, so the page and the browser tests run the same code. In classroom mode (the default)
// nothing of the outcome shows until the class records its decision or the trainer reveals it; each case keeps
// its progress while the trainer moves between cases.
import { html, nothing, render } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { BailCheckReadyDetail } from '../components/element.js';
import { defaultPack, evaluate, verifyRecord, type BailCheckRecord, type RulePack } from '../src/core.js';
import { CASES, caseById, finalAnswers, FREE_MODE_ID, REVIEW_CASE_ID, type TrainingCase } from './cases/index.js';
import { renderCase, renderCustodyHeader } from './case-view.js';
import { answerSet, compareWithKey, type KeyComparison } from './classroom/compare.js';
import { renderComparison } from './classroom/comparison-view.js';
import { readDecision, renderDecisionForm, type DecisionField } from './classroom/decision-form.js';
import { begunCase, checkHeld, outcomeShown, ProgressStore, type CaseProgress } from './classroom/progress.js';
import { readPackFile, type PackLoad } from './controls/pack-file.js';
import { renderSwitches } from './controls/switches.js';
import { isThemeId, themeValues, type ThemeId } from './controls/themes.js';
import {
  createCheck,
  currentRecommendation,
  listen,
  openCase,
  restartCase,
  setLanguage,
  setRulePack,
  setStage,
  showCase,
  type CheckElement,
  type HostCase,
  type Stage
} from './embed.js';
import { diffRecords } from './explain/diff.js';
import { renderExplain, renderLiveChanges } from './explain/explain-view.js';
import { renderTimeline, renderTimelineBasis } from './explain/timeline-view.js';
import type { TimelineAnswer } from './explain/timeline.js';
import { renderHandout } from './handout.js';
import { copyMessage, copyText } from './host/copy.js';
import { embedSnippet, renderEmbedSnippet } from './host/embed-snippet.js';
import { logEntry, renderLog, type LogEntry } from './host/event-log.js';
import { renderFinal, tamperWith } from './host/final-record.js';

export interface DemoOptions {
  /** Keep the chosen case in the address (#case=…), so a trainer can link to it and reload. Default: false. */
  useHash?: boolean;
  /** The case shown first, when the address names none. Default: the review's own case. */
  initialCaseId?: string;
  /** Classroom mode: nothing of the outcome shows until the class decides. Default: true. */
  classroom?: boolean;
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
  classroom: boolean;
  packLoad: PackLoad;
  ready: BailCheckReadyDetail | undefined;
  log: LogEntry[];
  copyStatus: string;
  /** Fields the class left empty at its last try to record a decision. */
  missing: DecisionField[];
}

function hostCase(c: TrainingCase, stage: Stage | ''): HostCase {
  return { caseId: c.custody.reference, officerId: c.custody.officerId, stage, prefill: c.prefill };
}

function caseFromHash(): string | undefined {
  const m = /(?:^#|&)case=([\w-]+)/.exec(location.hash);
  return m?.[1];
}

/** The case's answers for the timeline: the answer key's with their sources, or the class's without a key. */
function caseAnswers(c: TrainingCase, p: CaseProgress): readonly TimelineAnswer[] {
  if (c.id === FREE_MODE_ID) return p.latest?.answers ?? [];
  return Object.entries(finalAnswers(c)).map(([question, value]) => ({
    question,
    value,
    source: c.prefill[question] === value ? 'host' : 'officer'
  }));
}

const nextFrame = () => new Promise(resolve => requestAnimationFrame(resolve));

export function mountDemo(container: HTMLElement, options: DemoOptions = {}): DemoApp {
  const check = createCheck();
  const first = caseById((options.useHash && caseFromHash()) || options.initialCaseId || REVIEW_CASE_ID) ?? CASES[0]!;
  const state: State = {
    case: first,
    lang: 'en',
    stage: first.stage ?? '',
    theme: 'standard',
    projector: false,
    classroom: options.classroom ?? true,
    packLoad: { status: 'none' },
    ready: undefined,
    log: [],
    copyStatus: '',
    missing: []
  };
  const progress = new ProgressStore();
  let logCount = 0;
  let themeTable: { name: string; value: string }[] = [];

  const current = (): CaseProgress => progress.get(state.case.id);
  const shown = () => outcomeShown(state.classroom, current());
  const held = () => checkHeld(state.classroom, current());

  /** The pack the element is using: the loaded file's once the element says so, else the bundled one. */
  const packInUse = (): RulePack =>
    state.ready?.source === 'property' && state.packLoad.status === 'ok' ? state.packLoad.pack : defaultPack;

  /** The stage the case is decided at: the host's, else the one the officer answered in the check. */
  const stageOf = (p: CaseProgress): Stage => state.stage || p.latest?.stage || 'pre-charge';

  /** Shows what the prefill alone already gives, before the officer's first answer fires an event. */
  const showProvisional = async () => {
    const record = await currentRecommendation(check);
    const p = current();
    if (record && !p.latest) {
      p.latest = record;
      update();
    }
  };

  /**
   * After the officer acts in the check (a click or a key: a draft resumed fires no event), how far the answers
   * go, read from the element's record: the check is held once every question is answered.
   */
  const followCheck = async () => {
    const before = check.recommendation;
    await check.updateComplete;
    for (let i = 0; i < 10 && check.recommendation === before; i++) await nextFrame();
    const record = check.recommendation;
    if (!record || record === before || record.completedAt) return;
    const wasHeld = held();
    current().answered = evaluate(packInUse(), answerSet(record.answers), record.stage).progress;
    if (held() !== wasHeld) update();
  };

  const copy = async (what: string, text: string, shown: HTMLElement) => {
    state.copyStatus = copyMessage(await copyText(text, shown), what);
    update();
  };

  const focusOn = async (selector: string) => {
    await check.updateComplete;
    container.querySelector<HTMLElement>(selector)?.focus();
  };

  const handlers = {
    openCase: async (id: string) => {
      const c = caseById(id);
      if (!c) return;
      if (c.id !== state.case.id) {
        state.case = c;
        state.stage = c.stage ?? '';
        state.missing = [];
        if (options.useHash) history.replaceState(null, '', `#case=${c.id}`);
        const p = current();
        p.returned = begunCase(p) && !p.final;
        await openCase(check, hostCase(c, state.stage));
        update();
      }
      // The element focuses its own start on reset; the page changed more than that, so the reader starts at the
      // new case's title.
      await focusOn('#case-title');
      await showProvisional();
    },
    restartCase: async () => {
      progress.forget(state.case.id);
      state.missing = [];
      restartCase(check, hostCase(state.case, state.stage));
      update();
      await focusOn('#case-title');
      await showProvisional();
    },
    classroom: (on: boolean) => {
      state.classroom = on;
      update();
    },
    reveal: () => {
      current().revealed = true;
      update();
      void focusOn('#comparison-title, #explain-title');
    },
    print: () => print(),
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
        progress.forget(state.case.id);
        setRulePack(check, state.packLoad.pack);
      }
      update();
    },
    bundledPack: () => {
      state.packLoad = { status: 'none' };
      progress.forget(state.case.id);
      setRulePack(check, undefined);
      update();
    }
  };

  const recordDecision = (form: HTMLFormElement) => {
    const { decision, missing } = readDecision(form);
    state.missing = missing;
    if (decision) current().decision = decision;
    update();
    void focusOn(decision ? '#comparison-title' : '.class-decision .error-summary');
  };

  const finalHandlers = {
    copy: (what: string, text: string, shown: HTMLElement) => void copy(what, text, shown),
    verify: async () => {
      const final = current().final;
      if (!final) return;
      const { ok, problems } = await verifyRecord(final.record, final.pack);
      current().verification = { target: 'record', ok, problems };
      update();
    },
    tamper: async () => {
      const p = current();
      if (!p.final) return;
      p.tampering = tamperWith(p.final.record);
      const { ok, problems } = await verifyRecord(p.tampering.record, p.final.pack);
      p.verification = { target: 'tampered', ok, problems };
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
    const p = current();
    if (type === 'bail-check-ready') {
      state.ready = (event as CustomEvent<BailCheckReadyDetail>).detail;
      void showProvisional();
    } else if (type === 'bail-check-change') {
      const { recommendation, progress: answered } = (
        event as CustomEvent<{ recommendation: BailCheckRecord; progress: CaseProgress['answered'] }>
      ).detail;
      const wasHeld = held();
      p.diff = diffRecords(p.latest, recommendation);
      p.latest = recommendation;
      p.answered = answered;
      p.returned = false;
      if (!wasHeld && held()) void focusOn('#side-title');
    } else if (type === 'bail-check-complete') {
      const record = (event as CustomEvent<BailCheckRecord>).detail;
      p.diff = diffRecords(p.latest, record);
      p.latest = record;
      p.final = { record, pack: state.ready?.source === 'property' ? packInUse() : undefined };
      p.verification = undefined;
      p.tampering = undefined;
    }
    update();
  });
  const follow = () => void followCheck();
  check.addEventListener('click', follow);
  check.addEventListener('keyup', follow);

  function comparisonOf(c: TrainingCase, p: CaseProgress, pack: RulePack): KeyComparison | undefined {
    if (c.id === FREE_MODE_ID || !p.latest) return undefined;
    return compareWithKey(pack, finalAnswers(c), answerSet(p.latest.answers), c.stage ?? stageOf(p), state.lang);
  }

  function sideTemplate(c: TrainingCase, p: CaseProgress, pack: RulePack, outcome: boolean) {
    if (!outcome)
      return html`<h2 id="side-title" tabindex="-1">The class's decision</h2>
        ${keyed(
          c.id,
          renderDecisionForm(
            { pack, lang: state.lang, stage: stageOf(p), missing: state.missing, held: held() },
            recordDecision
          )
        )}`;
    return html`<h2 id="side-title" tabindex="-1">What each answer changes</h2>
      ${renderLiveChanges({ record: p.latest, diff: p.diff, pack, lang: state.lang })}`;
  }

  function template() {
    const c = state.case;
    const p = current();
    const pack = packInUse();
    const outcome = shown();
    const comparison = outcome ? comparisonOf(c, p, pack) : undefined;
    const given = p.latest ? answerSet(p.latest.answers) : undefined;
    const classes = ['demo', state.projector ? 'projector' : '', outcome ? '' : 'outcome-held'].filter(Boolean);
    return html`
      <div class=${classes.join(' ')}>
        <header class="custody-header">${renderCustodyHeader(c.custody)}</header>
        <section class="controls" aria-labelledby="controls-title">
          <h2 id="controls-title">Trainer controls</h2>
          <p class="intro">
            Open a case and read it with the class. The class answers the check as the custody officer would, then
            records its own decision; only then does the page show the check's recommendation, the answer key beside the
            class's answers, the homicide timeline and why, in plain words.
          </p>
          ${renderSwitches(
            {
              cases: CASES,
              caseId: c.id,
              lang: state.lang,
              stage: state.stage,
              theme: state.theme,
              projector: state.projector,
              classroom: state.classroom,
              shown: outcome,
              packLoad: state.packLoad,
              themeValues: themeTable
            },
            handlers
          )}
        </section>
        <main class="workspace">
          <section class="case" aria-labelledby="case-title">${renderCase(c, pack, state.lang, outcome)}</section>
          <section class="check" aria-labelledby="check-title">
            <h2 id="check-title">Bail safeguarding check</h2>
            ${
              p.returned
                ? html`<p class="return-note">
                    The class began this case earlier: its answers are kept, and the check offers to resume them.
                  </p>`
                : nothing
            }
            ${
              held()
                ? html`<p class="held-note">
                    Every question is answered. The check's recommendation comes next: it shows once the class has
                    recorded its decision.
                  </p>`
                : nothing
            }
            <div class=${`check-frame theme-${state.theme}`} ?hidden=${held()}>${check}</div>
          </section>
          <section class="side" aria-labelledby="side-title">${sideTemplate(c, p, pack, outcome)}</section>
          ${
            outcome && comparison
              ? html`<section class="comparison" aria-labelledby="comparison-title">
                  <h2 id="comparison-title" tabindex="-1">The class against the answer key</h2>
                  ${renderComparison({ pack, lang: state.lang, comparison, decision: p.decision })}
                </section>`
              : nothing
          }
          ${
            outcome
              ? html`<section class="timeline-view" aria-labelledby="timeline-title">
                    <h2 id="timeline-title">The homicide timeline</h2>
                    ${renderTimeline({ answers: caseAnswers(c, p), given, pack, lang: state.lang, idPrefix: 'page' })}
                    ${renderTimelineBasis(pack, state.lang)}
                  </section>
                  <section class="explain" aria-labelledby="explain-title">
                    <h2 id="explain-title" tabindex="-1">
                      Why: the recommendation${state.classroom ? " on the class's answers" : ''}, in plain words
                    </h2>
                    ${renderExplain({ record: p.latest, diff: p.diff, pack, lang: state.lang })}
                  </section>`
              : nothing
          }
          <section class="host-view" aria-labelledby="host-title">
            <h2 id="host-title">What the host receives</h2>
            ${
              outcome
                ? html`<p class="copy-status" role="status">${state.copyStatus}</p>
                    ${renderEmbedSnippet(embedSnippet(check, c.prefill, state.packLoad.status === 'ok'))}
                    <h3 id="final-title">The final record</h3>
                    ${renderFinal(p.final?.record, p.verification, p.tampering, finalHandlers)}
                    <h3 id="log-title">Event log</h3>
                    ${renderLog(state.log, logHandlers)}`
                : html`<p>
                    The events and the record a custody system receives carry the recommendation, so they show with the
                    outcome.
                  </p>`
            }
          </section>
        </main>
        ${renderHandout({
          c,
          pack,
          lang: state.lang,
          shown: outcome,
          answers: caseAnswers(c, p),
          given,
          recommendation: comparison?.key ?? p.latest,
          comparison,
          decision: p.decision,
          final: p.final?.record
        })}
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
      check.removeEventListener('click', follow);
      check.removeEventListener('keyup', follow);
      render(html``, container);
      container.replaceChildren();
    }
  };
}
