// The rule-pack format, as zod/mini schemas. Types are inferred from these, so the schema is the one
// statement of the format. Conditions are checked in check.ts (see conditions.ts for the language).
// Objects are strict: an unknown field is an error, so a misspelt `askWhen` or `riskFactor` is caught.
// Built from few zod kinds (no record, enum, boolean, regex check, omit or custom type): each kind is code
// in the validation chunk. scripts/pack-json-schema.mjs shows editors what the checks written here check.
import * as z from 'zod/mini';
import type { Condition } from '../conditions.js';
import type { RISK_LEVELS } from './format.js';
import { ACTION_TIMES, LANGUAGES, LIMITS, STAGES } from './format.js';

export const ID_PATTERN = /^(x-)?[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$/;
export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

export const NDM_STAGES = ['information', 'assessment', 'powers', 'options', 'action'] as const;
export const SOURCE_KINDS = ['review', 'statute', 'guidance', 'research', 'case', 'inspection'] as const;

export { LIMITS, LANGUAGES, STAGES, RISK_LEVELS, ACTION_TIMES } from './format.js';

/** A check that a string matches `pattern`, as z.regex reports it (an `invalid_format` issue with `message`). */
const matches =
  (pattern: RegExp, message: string) =>
  (payload: z.core.ParsePayload<string>): void => {
    if (!pattern.test(payload.value))
      payload.issues.push({ code: 'invalid_format', format: 'regex', input: payload.value, message, continue: true });
  };

const id = z.string().check(z.minLength(1), z.maxLength(LIMITS.idChars), matches(ID_PATTERN, 'not a valid id'));
const text = z.string().check(z.minLength(1), z.maxLength(LIMITS.textChars));
const list = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.maxLength(LIMITS.listItems));

/** Catalogue entries by code: any key, each checked as an id (reported as an `invalid_key`, as a record does). */
const byCode = <T extends z.core.SomeType>(entry: T) =>
  z.catchall(z.strictObject({}), entry).check(payload => {
    for (const key of Object.keys(payload.value))
      if (!(key.length <= LIMITS.idChars && ID_PATTERN.test(key)))
        payload.issues.push({ code: 'invalid_key', origin: 'record', issues: [], input: key, path: [key] });
  });

/** Text in each interface language; English is required and is the fallback. */
export const LocalText = z.strictObject({ en: text, cy: z.optional(text) });

/** Conditions are accepted as any JSON here and checked by `checkCondition` (see check.ts). */
export const ConditionField = z.unknown() as unknown as z.ZodMiniType<Condition>;

/**
 * The words a Welsh question is answered with, after its verb (Oes / Nac oes, Do / Naddo…): strings.ts has them.
 * `ie` (Ie / Na) is the neutral pair. English answers Yes / No whatever the set.
 */
export const ANSWER_WORDS = ['ie', 'ydy', 'ydyn', 'oes', 'do', 'gellir'] as const;

export const Source = z.strictObject({
  id,
  kind: z.literal(SOURCE_KINDS),
  /**
   * In each language where the source has a name in it (a statute's Welsh title: "Deddf Mechnïaeth 1976"); English
   * alone for a proper name that has only one (a report's title), which Welsh text shows as it is.
   */
  title: LocalText,
  /** Section, paragraph or page that the rules rely on. */
  ref: z.optional(text),
  url: z.optional(text),
  /** `background`: the brief marks it [B], not confirmed against a readable source. */
  confidence: z.literal(['sourced', 'background'])
});

export const Section = z.strictObject({
  id,
  ndm: z.literal(NDM_STAGES),
  title: LocalText,
  help: z.optional(LocalText)
});

export const Option = z.strictObject({ value: id, text: LocalText });

export const Gap = z.strictObject({
  /** Answers that leave the question an information gap; `unknown` for tri questions by default. */
  values: z.optional(list(id)),
  /** What is not known and who holds it; without it, the question and its help (which says where to look). */
  text: z.optional(LocalText),
  /** The action code that closes the gap. */
  action: id
});

export const Question = z.strictObject({
  id,
  section: id,
  type: z.literal(['tri', 'choice', 'text']),
  options: z.optional(list(Option)),
  text: LocalText,
  help: z.optional(LocalText),
  /**
   * The Welsh answer words of a `tri` question, where the verb its Welsh text opens with does not give them
   * (see answerWords in text.ts): a plural subject ("A yw'r plant…?" is answered Ydyn), a verb the rule misses.
   */
  answers: z.optional(z.literal(ANSWER_WORDS)),
  /**
   * Asked only when this holds; otherwise the question is "not asked" and its answer is ignored. It may
   * read only questions earlier in the pack (so there are no cycles) and no risk or indicators.
   */
  askWhen: z.optional(ConditionField),
  /**
   * A tri question where "yes" is the worrying answer. A "yes" or "not known" must never lower risk or
   * remove an effect, so rules with effects and askWhen may read it only as: equals "yes" or "unknown",
   * `in` without "no" (or with all three), notKnown, answered, count of "yes" or "unknown"; never under `not`.
   */
  riskFactor: z.optional(z.literal([true, false])),
  gap: z.optional(Gap),
  /** Vocabulary or instrument mapping, for authors (e.g. "DASH Q18"). Never shown as wording. */
  maps: z.optional(text)
});

export const IndicatorDef = z.strictObject({ text: LocalText });
/** `law`: the statute or guidance that gives the ground, as shown to the officer (in Welsh too). */
export const GroundDef = z.strictObject({ text: LocalText, law: LocalText });
/** `agency`: who does it, as shown to the officer. */
export const ActionDef = z.strictObject({ text: LocalText, agency: LocalText, when: z.literal(ACTION_TIMES) });
export const ConditionDef = z.strictObject({
  text: LocalText,
  /** The statutory purpose the condition serves (Bail Act 1976 s.3A(5)). */
  purpose: LocalText,
  /** Shown where the condition weighs heavily on the suspect (e.g. barred from their own home). */
  proportionality: z.optional(LocalText)
});
/** An outcome of the vocabulary; `either` for one open at both stages (`hold-for-court`). */
export const OutcomeDef = z.strictObject({ stage: z.literal([...STAGES, 'either']), text: LocalText });

export const Effects = z.strictObject({
  risk: z.optional(z.literal(['medium', 'high'])),
  indicators: z.optional(list(id)),
  grounds: z.optional(list(id)),
  actions: z.optional(list(id)),
  conditions: z.optional(list(id))
});

/** A rule: when its condition holds, its effects apply. Risk is the highest raised; the rest collect. */
export const Rule = z.strictObject({
  id,
  ndm: z.literal(NDM_STAGES),
  /** May read risk and indicators (after other rules), but not under `not`: more risk never removes an effect. */
  when: ConditionField,
  /**
   * Why the rule exists, in words a sergeant and a court can read. A rule that adds indicators may leave it
   * out: its rationale is then the indicators' own text (one way to say a thing, not two).
   */
  text: z.optional(LocalText),
  effects: Effects,
  cites: list(id).check(z.minLength(1, 'every rule cites at least one source'))
});

/** An outcome row's fields but its condition (the default row has none). */
const outcome = {
  recommended: id,
  alternatives: list(id),
  text: LocalText,
  cites: list(id).check(z.minLength(1, 'every outcome row cites at least one source'))
};

/** A row of a stage's outcome table. The first row whose condition holds wins; it may read anything. */
export const OutcomeRow = z.strictObject({ id, when: ConditionField, ...outcome });

export const OutcomePolicy = z.strictObject({
  rows: list(OutcomeRow),
  /** Chosen when no row holds. */
  default: z.strictObject({ id, ...outcome })
});

export const Pack = z.strictObject({
  /** For editors: the JSON Schema the file follows (rules/pack.schema.json). Ignored by the engine. */
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(1),
  id,
  version: z.string().check(matches(SEMVER, 'not a semantic version (e.g. 1.0.0)')),
  title: LocalText,
  languages: list(z.literal(LANGUAGES)),
  meta: z.optional(
    z.strictObject({
      description: z.optional(LocalText),
      welsh: z.optional(z.literal(['awaiting-review', 'reviewed'])),
      notes: z.optional(list(text))
    })
  ),
  /** How overlapping rules combine. Declared so a reader never has to guess; only these values exist. */
  combine: z.strictObject({
    risk: z.literal('highest'),
    indicators: z.literal('collect'),
    grounds: z.literal('collect'),
    actions: z.literal('collect'),
    conditions: z.literal('collect'),
    outcome: z.literal('first-match')
  }),
  sources: list(Source),
  sections: list(Section),
  questions: z.array(Question).check(z.maxLength(LIMITS.questions)),
  catalogue: z.strictObject({
    indicators: byCode(IndicatorDef),
    grounds: byCode(GroundDef),
    actions: byCode(ActionDef),
    conditions: byCode(ConditionDef),
    outcomes: byCode(OutcomeDef)
  }),
  rules: z.array(Rule).check(z.maxLength(LIMITS.rules)),
  outcomes: z.strictObject({ 'pre-charge': OutcomePolicy, 'post-charge': OutcomePolicy })
});

export type Lang = (typeof LANGUAGES)[number];
export type Stage = (typeof STAGES)[number];
export type RiskLevel = (typeof RISK_LEVELS)[number];
export type ActionTime = (typeof ACTION_TIMES)[number];
export type AnswerWords = (typeof ANSWER_WORDS)[number];
export type LocalText = z.infer<typeof LocalText>;
export type Question = z.infer<typeof Question>;
export type Rule = z.infer<typeof Rule>;
export type Section = z.infer<typeof Section>;
export type Source = z.infer<typeof Source>;
export type OutcomeRow = z.infer<typeof OutcomeRow>;
export type RulePack = z.infer<typeof Pack>;
