// The warnings for pack authors (the core's validatePack, rules:check): what can never happen or what
// nothing uses, and texts without Welsh. None refuses a pack, so the element's check (check.ts) has none.
import { KINDS, type PackProblem, type Report } from './check.js';
import type { Condition } from '../conditions.js';
import { charge, OVER_BUDGET, restartSearch } from './answer-space.js';
import { satisfiable } from './satisfiable.js';
import { STAGES, type LocalText, type RulePack } from './schema.js';

/**
 * The warnings for a pack the schema read: rules without effect, and, when its references hold (`sound`),
 * rules that never fire, rows never chosen, what nothing uses or cites, texts without Welsh.
 */
export function packWarnings(pack: RulePack, sound: boolean): PackProblem[] {
  const warnings: PackProblem[] = [];
  const warn: Report = (path, message) => warnings.push({ path, message });
  pack.rules.forEach((rule, i) => {
    const e = rule.effects;
    if (!e.risk && !KINDS.some(kind => e[kind]?.length)) warn(`rules[${i}].effects`, 'the rule has no effect');
  });
  if (!sound) return warnings;

  // Searched within a search budget of their own (answer-space.ts), stopping where it runs out.
  restartSearch(pack);
  const never = (path: string, when: Condition, message: string) => {
    if (!satisfiable(when, pack)) warn(path, message);
    if (charge(pack, 0)) return true;
    warn(path, `${OVER_BUDGET}: no condition from here on was searched for whether it can hold`);
    return false;
  };
  if (pack.rules.every((r, i) => never(`rules[${i}].when`, r.when, `rule "${r.id}" can never fire`)))
    STAGES.every(stage =>
      pack.outcomes[stage].rows.every((r, i) =>
        never(`outcomes["${stage}"].rows[${i}].when`, r.when, `outcome row "${r.id}" can never be chosen`)
      )
    );

  // Catalogue entries nothing can produce are dead weight, and usually a typo somewhere else.
  const used = new Set<string>();
  const cited = new Set<string>();
  for (const r of [...pack.rules, ...STAGES.flatMap(s => [...pack.outcomes[s].rows, pack.outcomes[s].default])]) {
    r.cites.forEach(c => cited.add(c));
    if ('effects' in r) for (const kind of KINDS) r.effects[kind]?.forEach(c => used.add(`${kind}:${c}`));
    else [r.recommended, ...r.alternatives].forEach(c => used.add(`outcomes:${c}`));
  }
  for (const q of pack.questions) if (q.gap) used.add(`actions:${q.gap.action}`);
  for (const kind of [...KINDS, 'outcomes'] as const)
    for (const code of Object.keys(pack.catalogue[kind]))
      if (!used.has(`${kind}:${code}`)) warn(`catalogue.${kind}["${code}"]`, 'nothing in the pack produces this');
  pack.sources.forEach((s, i) => cited.has(s.id) || warn(`sources[${i}]`, `source "${s.id}" is never cited`));
  if (pack.languages.includes('cy')) checkWelsh(pack, warn);
  return warnings;
}

function checkWelsh(pack: RulePack, warn: Report) {
  let missing = 0;
  const visit = (value: unknown, path: string) => {
    if (typeof value !== 'object' || value === null) return;
    // A source's title may be a proper name with one form (a report published only in English).
    if (/^sources\[\d+\]\.title$/.test(path)) return;
    if (typeof (value as LocalText).en === 'string') {
      if (!(value as LocalText).cy && ++missing <= 5) warn(path, 'has no Welsh text (English will be shown)');
      return;
    }
    for (const [k, v] of Object.entries(value))
      visit(v, Array.isArray(value) ? `${path}[${k}]` : path ? `${path}.${k}` : k);
  };
  visit(pack, '');
  if (missing > 5) warn('(pack)', `${missing - 5} more texts have no Welsh`);
}
