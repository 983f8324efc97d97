// A training case: what a custody system would show and hold for one detainee, plus the trainer's notes.
// Cases are JSON data in this folder; `parseCase` checks each one when the page loads.

export type Stage = 'pre-charge' | 'post-charge';

/** The custody record header a custody system shows above every screen. All of it is fictional. */
export interface CustodyHeader {
  reference: string;
  detainee: string;
  dateOfBirth: string;
  offence: string;
  /** ISO 8601 local time of arrest. */
  arrestedAt: string;
  custodyOfficer: string;
  /** Goes into the element's officer-id attribute. */
  officerId: string;
}

export interface TrainingCase {
  id: string;
  title: string;
  /** Where the case comes from, e.g. "brief.md §7: Clare Wood, Salford, 2009". */
  drawnFrom: string;
  /** Absent: the officer answers the stage question themselves (free mode). */
  stage?: Stage;
  custody: CustodyHeader;
  /** A few paragraphs the trainer reads out or the class reads. */
  narrative: string[];
  /** What the host's custody system already holds, keyed by vocabulary code (PNC flags, bail status, orders…). */
  prefill: Record<string, string>;
  /** What the officer learns from the officer in the case, the detainee and the records: the trainer's answer key. */
  answerKey: Record<string, string>;
  teachingPoints: string[];
  /** What the class should arrive at, when the case is clear-cut. */
  expectedRisk?: 'standard' | 'medium' | 'high';
}
