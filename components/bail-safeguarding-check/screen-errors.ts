// What stops Continue on a screen, by field key, in the words of the error summary: GOV.UK's "There is a
// problem" pattern, each message naming the question it is about. Pure: it reads the View and nothing else.
import { decidedConditions, unanswered } from '../../src/assessment.js';
import { outcomeFitsStage, STAGE_QUESTION } from '../../src/engine.js';
import { LIMITS } from '../../src/pack/format.js';
import { questionOf } from '../../src/pack/lookup.js';
import { imposesConditions, VIEWS_SOUGHT_QUESTION } from '../../src/vocabulary.js';
import { questionText, type View } from './view.js';

/** The outcomes the officer may decide at this stage: the recommended one first. */
export function stageOutcomes(v: View): string[] {
  const recommended = v.ev.outcome.recommended;
  const others = Object.keys(v.pack.catalogue.outcomes).filter(
    c => c !== recommended && outcomeFitsStage(v.pack.catalogue.outcomes[c]!.stage, v.ev.stage)
  );
  return [recommended, ...others];
}

/** The victim's views were asked about and not recorded (not sought, or not practicable): the reason must say why. */
export function viewsNotRecorded(v: View): boolean {
  const sought = v.state.answers[VIEWS_SOUGHT_QUESTION]?.value;
  return v.ev.asked.includes(VIEWS_SOUGHT_QUESTION) && sought !== undefined && sought !== 'yes';
}

/**
 * Each asked question left unanswered; on the decision, an outcome of this stage, at least one condition for an
 * outcome with conditions, and a reason when the decision differs or the victim's views were not recorded.
 */
export function screenErrors(v: View): Record<string, string> {
  const { t, pack, state, ev } = v;
  const step = state.step;
  const errors: Record<string, string> = {};
  if (step.kind === 'start' && !v.hostStage && !state.answers[STAGE_QUESTION])
    errors[STAGE_QUESTION] = t.needChoice(questionText(v, STAGE_QUESTION));
  for (const id of unanswered(pack, state, ev, step)) {
    const type = questionOf(pack, id)?.type;
    const need = type === 'tri' ? t.needTri : type === 'text' ? t.needText : t.needChoice;
    errors[id] = need(questionText(v, id));
  }
  if (step.kind === 'decision') {
    const { outcome, reason } = state.decision;
    const given = reason.trim();
    if (!outcome || !stageOutcomes(v).includes(outcome)) errors['_outcome'] = t.needOutcome;
    else {
      const catalogue = Object.keys(pack.catalogue.conditions).length > 0;
      if (imposesConditions(outcome) && catalogue && !decidedConditions(state, ev).length)
        errors['_conditions'] = t.needConditions;
      if (outcome !== ev.outcome.recommended && !given) errors['_reason'] = t.needReason;
      else if (viewsNotRecorded(v) && !given) errors['_reason'] = t.needViewsReason;
    }
    // Kept whole, never cut: the officer shortens it (a record takes at most LIMITS.textChars characters).
    if (reason.length > LIMITS.textChars) errors['_reason'] = t.reasonTooLong;
  }
  return errors;
}
