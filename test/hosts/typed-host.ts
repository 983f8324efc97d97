// A vendor's TypeScript host, type-checked and never run: it imports the package by name, as a host does, and gets
// the element's, events' and record's types without a single cast. `npm run typecheck` checks it against the
// source (test/hosts/tsconfig.json); after `npm run build`, `npm run typecheck:dist` checks it against the built
// declarations the package ships (test/hosts/tsconfig.dist.json). Each @ts-expect-error is a wrong use that must
// stay an error: tsc fails if one ever compiles.
import 'bail-safeguarding';
import { assess, verifyRecord, type BailCheckRecord } from 'bail-safeguarding/core';
import { define, DEFAULT_TAG, type BailCheckErrorCode, type BailSafeguardingCheck } from 'bail-safeguarding/element';

/** What a custody system keeps of a completed check. */
interface CustodyEntry {
  caseId: string | undefined;
  risk: 'standard' | 'medium' | 'high';
  recommended: string;
  officerAgreed: boolean | undefined;
  /** The codes of the conditions the officer imposed (none when the outcome imposes none). */
  conditionsImposed: string[];
  hash: string;
  hostAnswers: string[];
}

export function toCustodyEntry(record: BailCheckRecord): CustodyEntry {
  return {
    caseId: record.caseId,
    risk: record.riskLevel,
    recommended: record.outcome.recommended,
    officerAgreed: record.decision?.agreesWithRecommendation,
    conditionsImposed: record.decision?.conditions ?? [],
    hash: record.integrity.hash,
    hostAnswers: record.answers.filter(a => a.source === 'host').map(a => a.question)
  };
}

export function embed(container: HTMLElement, save: (entry: CustodyEntry) => void): BailSafeguardingCheck {
  // HTMLElementTagNameMap: the tag gives the element's class.
  const check = document.createElement('bail-safeguarding-check');
  check.setAttribute('case-id', 'CR-2025-0042');
  check.prefill = { 'suspect.on-bail': 'yes', 'victim.marac-case': 'unknown' };
  // @ts-expect-error rulePack is a RulePack (the element still validates whatever an untyped script gives it)
  check.rulePack = { any: 'pack object' };
  // @ts-expect-error a vocabulary code takes its question's answers
  check.prefill = { 'suspect.on-bail': 'maybe' };
  check.prefill = { 'x-force.local-flag': 'yes' };
  check.stage = 'post-charge';
  // @ts-expect-error the stages are a closed set
  check.stage = 'after-charge';
  check.draftTtl = 24;
  check.drafts = 'off';
  check.lang = 'cy-GB';

  // GlobalEventHandlersEventMap: each event's detail is typed, with no cast.
  check.addEventListener('bail-check-complete', e => {
    const risk: 'standard' | 'medium' | 'high' = e.detail.riskLevel;
    const gaps: string[] = e.detail.informationGaps.map(g => g.action);
    save({ ...toCustodyEntry(e.detail), risk });
    void gaps;
    // @ts-expect-error the risk levels are a closed set
    const low: 'low' = e.detail.riskLevel;
    // @ts-expect-error the record has no such field
    void e.detail.recommendation;
    void low;
  });
  check.addEventListener('bail-check-change', e => {
    const { answered, total } = e.detail.progress;
    const provisional: BailCheckRecord = e.detail.recommendation;
    void [answered / total, provisional.riskLevel];
    // @ts-expect-error a change carries the provisional record under `recommendation`, not at the top
    void e.detail.riskLevel;
  });
  check.addEventListener('bail-check-error', e => {
    const code: BailCheckErrorCode = e.detail.code;
    const message: string = e.detail.message;
    void [code, message];
    // @ts-expect-error error codes are a closed set
    if (e.detail.code === 'network-down') return;
  });
  // The events bubble and are composed: a listener on the document is typed the same way.
  document.addEventListener('bail-check-ready', e => {
    const sha256: string = e.detail.rulePack.sha256;
    const fromCache: boolean = e.detail.source === 'cache';
    void [sha256, fromCache];
    // @ts-expect-error the pack's source is one of property, cache, network, bundled
    void (e.detail.source === 'disk');
  });
  // @ts-expect-error a listener must take the event the map names
  check.addEventListener('bail-check-complete', (e: CustomEvent<number>) => e.detail.toFixed());

  // @ts-expect-error prefill is an object of answers keyed by question id
  check.prefill = 'suspect.on-bail=yes';
  // @ts-expect-error attributes are strings: case-id is a string property
  check.caseId = 42;
  // @ts-expect-error the recommendation is read-only
  check.recommendation = undefined;
  // @ts-expect-error reset() takes nothing
  check.reset(true);

  container.append(check);
  return check;
}

/** The host's server (or page) checks a record it received, with the core. */
export async function accept(record: BailCheckRecord): Promise<string[]> {
  const { ok, problems } = await verifyRecord(record);
  return ok ? [] : problems;
}

/** A record made on the host's server from its own answers, with the officer's decision and the conditions imposed. */
export function recordOnServer(answers: Record<string, string>): Promise<BailCheckRecord> {
  const decided = assess({
    answers,
    stage: 'post-charge',
    decision: { outcome: 'bail-with-conditions', reason: 'Victim rehoused', conditions: ['no-contact-victim'] }
  });
  // @ts-expect-error the conditions imposed are a list of codes
  void assess({ answers, decision: { outcome: 'bail-with-conditions', conditions: 'no-contact-victim' } });
  return decided;
}

/** Another name, for a page that already runs another version under the default tag. */
export function defineUnderAnotherName(): BailSafeguardingCheck | undefined {
  define('custody-bail-check');
  const found = document.querySelector('bail-safeguarding-check');
  const tag: string = DEFAULT_TAG;
  void tag;
  return found ?? undefined;
}
