// Where a case's answers sit on Monckton-Smith's eight-stage homicide timeline (brief.md §8). The mapping
// is the demo's teaching aid, not part of any rule pack: the timeline is not a predictor, and neither is this.

export interface TimelineStage {
  n: number;
  title: string;
  /** The stage as brief.md §8 describes it. */
  description: string;
  /** Vocabulary codes whose "yes" places an indicator at this stage. */
  codes: readonly string[];
}

/**
 * Each code's stage and why. "[S]" where brief.md §8 places the factor on the timeline itself; "[I]" where
 * brief.md marks it as inference (its Sandwell note, its case lessons) or where this demo infers it.
 */
export const TIMELINE_BASIS: Readonly<Record<string, string>> = {
  'suspect.previous-partner-abuse':
    '[S] brief.md §8, risk factors: prior violence and abuse of previous partners, "Monckton-Smith stage 1".',
  'suspect.violent-history':
    '[S] brief.md §8, risk factors: prior violence and criminal history, "Monckton-Smith stage 1".',
  'abuse.coercive-control': '[S] brief.md §8, risk factors: coercive control and jealousy, "Monckton-Smith stage 3".',
  'relationship.separation': '[S] brief.md §8, stage 4: a trigger that threatens control, "e.g. separation".',
  'children.contact-dispute':
    '[I] brief.md §0 and §8 (Sandwell note): separation and child-contact disputes at the "trigger" stage.',
  'suspect.on-bail-same-victim':
    '[I] brief.md §8 (Sandwell note): arrest while already on bail is "a likely trigger/escalation point".',
  'suspect.under-supervision':
    '[I] brief.md §8 (Sandwell note): arrest while on a suspended sentence threatens loss of liberty or status.',
  'abuse.stalking': '[S] brief.md §8, stage 5: escalation of control tactics, "e.g. stalking".',
  'abuse.escalation': '[S] brief.md §8, risk factors: escalation in frequency and severity, "Monckton-Smith stage 5".',
  'suspect.self-harm-suicide':
    '[S] brief.md §8, stage 5: "threatening suicide"; risk factors: perpetrator suicidality.',
  'suspect.programme-non-compliance':
    '[I] brief.md §8 (Sandwell note): non-compliance with the perpetrator programme at stage 5.',
  'suspect.previous-breach': '[I] brief.md §7 (Clare Wood): "a bail breach soon after release is escalation".',
  'abuse.threats-to-kill':
    '[I] this demo: a threat to kill voices the "change in thinking" (revenge or homicide) of stage 6.',
  'abuse.weapons':
    '[I] this demo: stage 7, planning, names "buying weapons"; a weapon used or threatened is placed here.'
};

export const TIMELINE: readonly TimelineStage[] = [
  {
    n: 1,
    title: 'History',
    description: 'Pre-relationship history of stalking or abuse.',
    codes: ['suspect.previous-partner-abuse', 'suspect.violent-history']
  },
  {
    n: 2,
    title: 'Early commitment',
    description: 'Romance develops quickly into a serious relationship.',
    codes: []
  },
  {
    n: 3,
    title: 'Relationship',
    description: 'The relationship is dominated by coercive control.',
    codes: ['abuse.coercive-control']
  },
  {
    n: 4,
    title: 'Trigger',
    description: "A trigger threatens the perpetrator's control, such as separation or financial difficulty.",
    codes: [
      'relationship.separation',
      'children.contact-dispute',
      'suspect.on-bail-same-victim',
      'suspect.under-supervision'
    ]
  },
  {
    n: 5,
    title: 'Escalation',
    description:
      'Escalation in the intensity or frequency of control tactics, such as stalking or threatening suicide.',
    codes: [
      'abuse.stalking',
      'abuse.escalation',
      'suspect.self-harm-suicide',
      'suspect.programme-non-compliance',
      'suspect.previous-breach'
    ]
  },
  {
    n: 6,
    title: 'Change in thinking',
    description: 'A change in thinking: revenge or homicide.',
    codes: ['abuse.threats-to-kill']
  },
  {
    n: 7,
    title: 'Planning',
    description: 'Planning: buying weapons, seeking opportunities to get the victim alone.',
    codes: ['abuse.weapons']
  },
  {
    n: 8,
    title: 'Homicide',
    description:
      'Homicide, possibly with harm to others such as children, or suicide. What the check exists to prevent.',
    codes: []
  }
];

/** Each mapped code in a few words, for the picture (the basis table gives the question in full). */
export const TIMELINE_LABELS: Readonly<Record<string, string>> = {
  'suspect.previous-partner-abuse': 'Abused a previous partner',
  'suspect.violent-history': 'Violent offending before',
  'abuse.coercive-control': 'Controlling behaviour',
  'relationship.separation': 'Separation',
  'children.contact-dispute': 'Dispute over child contact',
  'suspect.on-bail-same-victim': 'On bail for offences against her',
  'suspect.under-supervision': 'Under probation supervision',
  'abuse.stalking': 'Stalking or harassment',
  'abuse.escalation': 'Abuse more often or worse',
  'suspect.self-harm-suicide': 'Suicide or self-harm threats',
  'suspect.programme-non-compliance': 'Missing probation requirements',
  'suspect.previous-breach': 'Broke bail or orders before',
  'abuse.threats-to-kill': 'Threats to kill',
  'abuse.weapons': 'Weapon used or threatened'
};

/** An answer as the timeline reads it: a record's, or the answer key's. */
export interface TimelineAnswer {
  question: string;
  value: unknown;
  source?: 'officer' | 'host';
}

export interface Marker {
  question: string;
  label: string;
  /** The case's answer: "yes", "not known", or "no" where only the class placed it. */
  value: 'yes' | 'unknown' | 'no';
  source?: 'officer' | 'host';
  /** The class's answer, where it differs from the case's. */
  given?: string;
}

export interface PlacedStage extends TimelineStage {
  markers: Marker[];
}

export interface TimelinePicture {
  stages: PlacedStage[];
  /** The highest stage with at least one "yes", or 0. */
  furthest: number;
}

const placed = (value: unknown): value is 'yes' | 'unknown' => value === 'yes' || value === 'unknown';

/**
 * Places the case's "yes" and "not known" answers on the timeline ("no" places nothing). With `given` (the
 * class's answers), each marker notes an answer of the class that differs (one not given yet is not noted), and a
 * "yes" or "not known" of the class's alone is placed too, marked as not the case's.
 */
export function placeOnTimeline(
  answers: readonly TimelineAnswer[],
  given?: Readonly<Record<string, string>>
): TimelinePicture {
  const byQuestion = new Map(answers.map(a => [a.question, a]));
  let furthest = 0;
  const stages = TIMELINE.map(stage => {
    const markers: Marker[] = [];
    for (const code of stage.codes) {
      const a = byQuestion.get(code);
      const theirs = given?.[code];
      const differs = theirs !== undefined && theirs !== a?.value;
      if (!placed(a?.value) && !(differs && placed(theirs))) continue;
      markers.push({
        question: code,
        label: TIMELINE_LABELS[code] ?? code,
        value: placed(a?.value) ? a.value : 'no',
        ...(a?.source ? { source: a.source } : {}),
        ...(differs ? { given: theirs } : {})
      });
    }
    if (markers.some(m => m.value === 'yes')) furthest = stage.n;
    return { ...stage, markers };
  });
  return { stages, furthest };
}
