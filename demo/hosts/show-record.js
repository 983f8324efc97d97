// What the example hosts keep of a completed check, and how they show it: the fields a custody system would
// file beside the record itself (keep the whole record as it came, JSON with its integrity hash).
/* global document */

/** Each field the hosts show, with its label. */
export const RECEIVED_LABELS = {
  caseId: 'Custody record',
  riskLevel: 'Risk level',
  recommended: 'Recommended outcome',
  decision: "Officer's decision",
  hostAnswers: 'Answers from the host record',
  hash: 'Integrity (SHA-256)'
};

/**
 * @param {import('bail-safeguarding/core').BailCheckRecord} record
 * @returns {Record<keyof typeof RECEIVED_LABELS | 'summaryText', string>}
 */
export function receivedFields(record) {
  const decision = record.decision;
  return {
    caseId: record.caseId ?? '',
    riskLevel: record.riskLevel,
    recommended: record.outcome.recommended,
    decision: decision
      ? `${decision.outcome}${decision.agreesWithRecommendation ? ' (as recommended)' : ` (differs: ${decision.reason})`}`
      : '',
    hostAnswers: record.answers
      .filter(a => a.source === 'host')
      .map(a => `${a.question}: ${String(a.value)}`)
      .join(', '),
    hash: record.integrity.hash,
    summaryText: record.summaryText
  };
}

/**
 * Shows the record's fields in `section` (below its heading), as text, each in a `[data-field]`.
 * @param {HTMLElement} section
 * @param {import('bail-safeguarding/core').BailCheckRecord} record
 */
export function showRecord(section, record) {
  const fields = receivedFields(record);
  const list = document.createElement('dl');
  for (const [field, label] of Object.entries(RECEIVED_LABELS)) {
    const term = document.createElement('dt');
    term.textContent = label;
    const value = document.createElement('dd');
    value.dataset.field = field;
    value.textContent = fields[/** @type {keyof typeof RECEIVED_LABELS} */ (field)];
    list.append(term, value);
  }
  const summary = document.createElement('pre');
  summary.dataset.field = 'summaryText';
  summary.textContent = fields.summaryText;
  section.querySelectorAll('dl, pre').forEach(old => old.remove());
  section.append(list, summary);
  section.hidden = false;
}
