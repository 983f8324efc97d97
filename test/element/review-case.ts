// The review's own case after charge (demo/cases/sandwell-review.json) in the element on the default pack, as an
// expert user meets it: the host gives the stage and every answer it can (here the case's prefill and its answer
// key both), and the officer confirms them section by section.
import type { BailSafeguardingCheck } from '../../components/element.js';
import review from '../../demo/cases/sandwell-review.json';
import { heading, mount, nextEvent, proceed } from '../helpers.js';

/** The host's answers: the case's prefill and its answer key. */
export const REVIEW_ANSWERS: Readonly<Record<string, string>> = { ...review.prefill, ...review.answerKey };

export const REVIEW = review;

/** The case's prefill as a host reads it from its records: JSON, whose answers are strings to the type checker. */
export const REVIEW_PREFILL: Readonly<Record<string, string>> = review.prefill;

/** The element on the default pack with the review's case from the host; `answers` change some of them. */
export async function mountReview(
  answers: Record<string, string> = {},
  setup: (el: BailSafeguardingCheck) => void = () => {},
  parent?: HTMLElement
): Promise<BailSafeguardingCheck> {
  const el = await mount(el => {
    el.setAttribute('stage', review.stage);
    el.setAttribute('case-id', review.custody.reference);
    el.setAttribute('officer-id', review.custody.officerId);
    el.setAttribute('drafts', 'off');
    el.prefill = { ...REVIEW_ANSWERS, ...answers };
    setup(el);
  }, parent);
  await nextEvent(el, 'bail-check-ready').catch(() => undefined);
  await el.updateComplete;
  return el;
}

/** Continues (confirming each section) until the screen whose heading is `title`. */
export async function continueTo(el: BailSafeguardingCheck, title: string) {
  for (let i = 0; i < 20 && heading(el) !== title; i++) await proceed(el);
  if (heading(el) !== title) throw new Error(`never reached "${title}"; stopped at "${heading(el)}"`);
}
