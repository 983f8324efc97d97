// What stops Continue on a screen, by field key, in the words of the error summary: GOV.UK's "There is a
// problem" pattern. Pure: it reads the View and nothing else.
import { unanswered } from '../../src/assessment.js';
import { outcomeFitsStage, STAGE_QUESTION } from '../../src/engine.js';
import { questionOf } from '../../src/pack/lookup.js';
import type { View } from './view.js';

/** The outcomes the officer may decide at this stage: the recommended one first. */
export function stageOutcomes(v: View): string[] {
  const recommended = v.ev.outcome.recommended;
  const others = Object.keys(v.pack.catalogue.outcomes).filter(
    c => c !== recommended && outcomeFitsStage(v.pack.catalogue.outcomes[c]!.stage, v.ev.stage)
  );
  return [recommended, ...others];
}

/** Each asked question left unanswered; on the decision, an outcome of this stage and a reason when it differs. */
export function screenErrors(v: View): Record<string, string> {
  const { t, pack, state, ev } = v;
  const step = state.step;
  const errors: Record<string, string> = {};
  if (step.kind === 'start' && !v.hostStage && !state.answers[STAGE_QUESTION]) errors[STAGE_QUESTION] = t.needChoice;
  for (const id of unanswered(pack, state, ev, step)) {
    const type = questionOf(pack, id)?.type;
    errors[id] = type === 'tri' ? t.needTri : type === 'text' ? t.needText : t.needChoice;
  }
  if (step.kind === 'decision') {
    const { outcome, reason } = state.decision;
    if (!outcome || !stageOutcomes(v).includes(outcome)) errors['_outcome'] = t.needOutcome;
    else if (outcome !== ev.outcome.recommended && !reason.trim()) errors['_reason'] = t.needReason;
  }
  return errors;
}
