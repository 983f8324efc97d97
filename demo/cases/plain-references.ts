// Trainee-facing text names no files. The case library cites the project's domain files by name, so a
// trainer can trace each case (brief.md §7, ../shared/domain/dhr-key-learning-points.txt); the class reads
// those references as titles.
const PATH_IN_BRACKETS = /\s*\((?:\.{1,2}\/)?(?:[\w-]+\/)*[\w-]+\.(?:txt|md)\)/g;
const LEARNING_POINTS = /(?:\.{1,2}\/)?(?:[\w-]+\/)*dhr-key-learning-points\.txt/g;
const BRIEF = /(^|[^\w/.])(?:\.{1,2}\/)?(?:[\w-]+\/)*brief\.md\b/g;

/** The text with each file reference as a plain title ("the domain brief §7"), and a bracketed path dropped. */
export function plainReferences(text: string): string {
  return text
    .replace(PATH_IN_BRACKETS, '')
    .replace(LEARNING_POINTS, "the review's key learning points")
    .replace(BRIEF, (_, before: string) => `${before}${before ? 'the' : 'The'} domain brief`);
}
