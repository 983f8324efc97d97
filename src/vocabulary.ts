// The vocabulary's codes (../shared/domain/vocabulary.md) that the screens and the summary read by name: which
// outcomes keep the suspect in custody and which impose conditions, and the questions the decision and its
// framing turn on. A pack's outcomes are the vocabulary's (validatePack refuses others); a pack that lacks one of
// these questions simply goes without what it would have shown.

/** Outcomes that keep the suspect in custody: conditions and release actions then apply only if bail is granted. */
export const CUSTODY_OUTCOMES: readonly string[] = ['refuse-bail', 'hold-for-court', 'detain-for-charging-decision'];

/** Outcomes that release on bail with conditions: the officer's decision names the conditions imposed. */
export const CONDITIONAL_OUTCOMES: readonly string[] = ['bail-with-conditions', 'pre-charge-bail-with-conditions'];

export const keepsInCustody = (outcome: string) => CUSTODY_OUTCOMES.includes(outcome);
export const imposesConditions = (outcome: string) => CONDITIONAL_OUTCOMES.includes(outcome);

/** Whether the victim's views were sought (`yes`, `no`, `not-practicable`), and what the victim said. */
export const VIEWS_SOUGHT_QUESTION = 'victim.views-sought';
export const VIEWS_QUESTION = 'victim.views';

/** The victim and suspect share an address: what a condition's proportionality note is about. */
export const SHARED_HOME_QUESTION = 'victim.lives-with-suspect';
