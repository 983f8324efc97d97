// The element's attributes as it uses them, parsed and checked in one place: pure functions, no DOM. A refused
// value counts as absent (the default applies), and the host hears which attribute, never the value it gave.
import { LANGUAGES, STAGES } from '../../src/pack/format.js';
import type { Lang, Stage } from '../../src/pack/schema.js';
import { INVISIBLE } from '../../src/plain-text.js';
import { DRAFT_TTL_MS } from '../../src/storage/drafts.js';

const HOUR_MS = 3_600_000;

/** The attributes' values as the element's properties hold them (a host may set any value from script). */
export interface AttributeValues {
  lang?: unknown;
  stage?: unknown;
  caseId?: unknown;
  officerId?: unknown;
  drafts?: unknown;
  draftTtl?: unknown;
}

/** What the element works with: each attribute parsed, a refused one replaced by its default. */
export interface Settings {
  lang: Lang;
  /** The stage the host knows (the officer is then not asked it). */
  stage: Stage | undefined;
  /** The custody record reference: shown, recorded, and with `officerId` the draft's key. */
  caseId: string | undefined;
  officerId: string | undefined;
  /** False with `drafts="off"`. */
  drafts: boolean;
  draftTtlMs: number;
}

/** `en` or `cy` from a language tag (`cy-GB` too; none: `en`); undefined for anything else. */
export function readLang(tag: unknown): Lang | undefined {
  const primary = String(tag || 'en')
    .toLowerCase()
    .split('-')[0];
  return LANGUAGES.find(lang => lang === primary);
}

export const readStage = (value: unknown): Stage | undefined => STAGES.find(stage => stage === value);

/** A case or officer reference: at most 200 characters, none invisible (a control, a bidi or zero-width mark…). */
export const readReference = (value: unknown): string | undefined =>
  typeof value === 'string' && value && value.length <= 200 && !INVISIBLE.test(value) ? value : undefined;

/** `draft-ttl`: a positive, finite number of hours, in milliseconds. */
export function readDraftTtl(value: unknown): number | undefined {
  const hours = Number(value);
  return hours > 0 && hours < Infinity ? hours * HOUR_MS : undefined;
}

export function readSettings(v: AttributeValues): Settings {
  return {
    lang: readLang(v.lang) ?? 'en',
    stage: readStage(v.stage),
    caseId: readReference(v.caseId),
    officerId: readReference(v.officerId),
    drafts: v.drafts !== 'off',
    draftTtlMs: readDraftTtl(v.draftTtl) ?? DRAFT_TTL_MS
  };
}

const REFERENCE = 'at most 200 characters, with no control or invisible characters';

/** Each checked attribute, what it accepts, and when a value set is refused ('' is no value, but for draft-ttl). */
const CHECKS: { property: keyof AttributeValues; attribute: string; allowed: string; refused(v: unknown): boolean }[] =
  [
    { property: 'lang', attribute: 'lang', allowed: `one of ${LANGUAGES.join(', ')}`, refused: v => !readLang(v) },
    {
      property: 'stage',
      attribute: 'stage',
      allowed: `one of ${STAGES.join(', ')}`,
      refused: v => v !== '' && !readStage(v)
    },
    { property: 'caseId', attribute: 'case-id', allowed: REFERENCE, refused: v => v !== '' && !readReference(v) },
    { property: 'officerId', attribute: 'officer-id', allowed: REFERENCE, refused: v => v !== '' && !readReference(v) },
    {
      property: 'draftTtl',
      attribute: 'draft-ttl',
      allowed: 'a number of hours above 0',
      refused: v => !readDraftTtl(v)
    }
  ];

/** The `attribute-invalid` message for each changed attribute whose value is refused, in a fixed order. */
export function attributeProblems(v: AttributeValues, changed: (property: keyof AttributeValues) => boolean): string[] {
  return CHECKS.filter(c => changed(c.property) && v[c.property] != null && c.refused(v[c.property])).map(
    c => `The ${c.attribute} attribute must be ${c.allowed}; using the default instead`
  );
}
