// A pack's questions, sections and sources by id, indexed once per pack (packs are not changed once in use),
// so screens, moves and prefill checks never search the pack's lists.
import type { Question, RulePack, Section, Source } from './schema.js';

interface Index {
  questions: Map<string, { question: Question; order: number }>;
  sections: Map<string, Section>;
  sources: Map<string, Source>;
  /** Question ids by section, in pack order. */
  bySection: Map<string, string[]>;
}

const indexes = new WeakMap<RulePack, Index>();

function indexOf(pack: RulePack): Index {
  let index = indexes.get(pack);
  if (!index) {
    const bySection = new Map<string, string[]>();
    for (const q of pack.questions) {
      const ids = bySection.get(q.section);
      if (ids) ids.push(q.id);
      else bySection.set(q.section, [q.id]);
    }
    index = {
      questions: new Map(pack.questions.map((question, order) => [question.id, { question, order }])),
      sections: new Map(pack.sections.map(s => [s.id, s])),
      sources: new Map(pack.sources.map(s => [s.id, s])),
      bySection
    };
    indexes.set(pack, index);
  }
  return index;
}

export const questionOf = (pack: RulePack, id: string): Question | undefined =>
  indexOf(pack).questions.get(id)?.question;

/** The question's place in the pack (its order of asking); undefined for an id the pack does not have. */
export const questionOrder = (pack: RulePack, id: string): number | undefined => indexOf(pack).questions.get(id)?.order;

export const sectionOf = (pack: RulePack, id: string): Section | undefined => indexOf(pack).sections.get(id);

export const sourceOf = (pack: RulePack, id: string): Source | undefined => indexOf(pack).sources.get(id);

/** The ids of a section's questions, in pack order. */
export const questionsIn = (pack: RulePack, section: string): readonly string[] =>
  indexOf(pack).bySection.get(section) ?? [];
