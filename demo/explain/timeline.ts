// Where a case's answers sit on Monckton-Smith's eight-stage homicide timeline (brief.md §8). The mapping
// is the demo's teaching aid, not part of any rule pack: the timeline is not a predictor, and neither is this.
import type { BailCheckRecord } from '../../src/core.js';

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

export type Marker = { question: string; value: 'yes' | 'unknown'; source: 'officer' | 'host' };

export interface PlacedStage extends TimelineStage {
  markers: Marker[];
}

export interface TimelinePicture {
  stages: PlacedStage[];
  /** The highest stage with at least one "yes", or 0. */
  furthest: number;
}

/** Places the record's "yes" and "not known" answers on the timeline; "no" places nothing. */
export function placeOnTimeline(answers: BailCheckRecord['answers']): TimelinePicture {
  const byQuestion = new Map(answers.map(a => [a.question, a]));
  let furthest = 0;
  const stages = TIMELINE.map(stage => {
    const markers: Marker[] = [];
    for (const code of stage.codes) {
      const a = byQuestion.get(code);
      if (a && (a.value === 'yes' || a.value === 'unknown'))
        markers.push({ question: code, value: a.value, source: a.source });
    }
    if (markers.some(m => m.value === 'yes')) furthest = stage.n;
    return { ...stage, markers };
  });
  return { stages, furthest };
}
