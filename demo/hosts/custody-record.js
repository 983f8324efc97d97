// An example custody record as a custody system holds it (fictional), and the mapping of its fields to the
// vocabulary's codes for the element's `prefill` (docs/integration.md, "Mapping a custody system's fields").
// Only what the system positively holds is mapped: a field it does not hold, or a marker it does not show, is
// left out for the officer to answer. "Not known" is never "no".

/**
 * @typedef {object} CustodyRecord
 * @property {string} reference the custody record reference: the element's `case-id`
 * @property {string} sergeant the custody officer's identifier: `officer-id`
 * @property {boolean} charged charged with the offence: the decision is bail after charge
 * @property {{ title: string, imprisonable: boolean | null }} offence
 * @property {{ onBail: boolean | null, bailForSameComplainant: boolean | null, warningMarkers: string[], breaches: number }} pnc
 * @property {{ suspendedSentence: boolean | null }} probation
 * @property {'flagged' | 'not-flagged' | 'not-checked'} marac the MARAC marker on the complainant's address
 */

/** @type {CustodyRecord} */
export const custodyRecord = {
  reference: 'CR-2025-0042',
  sergeant: 'PS 1234',
  charged: true,
  offence: { title: 'Assault by beating (fictional)', imprisonable: true },
  pnc: { onBail: true, bailForSameComplainant: true, warningMarkers: ['VI'], breaches: 1 },
  probation: { suspendedSentence: null },
  marac: 'not-checked'
};

/** @param {boolean | null} held */
const yesNo = held => (held === true ? 'yes' : held === false ? 'no' : undefined);

/**
 * The record's fields as answers keyed by vocabulary code. Each is shown to the officer as "from the host
 * record" to confirm or change; the record says which answers came from the host.
 * @param {CustodyRecord} record
 * @returns {Record<string, string>}
 */
export function prefillFrom(record) {
  /** @type {Record<string, string | undefined>} */
  const answers = {
    'offence.imprisonable': yesNo(record.offence.imprisonable),
    'suspect.on-bail': yesNo(record.pnc.onBail),
    'suspect.on-bail-same-victim': yesNo(record.pnc.bailForSameComplainant),
    'suspect.under-supervision': yesNo(record.probation.suspendedSentence),
    // A marker or flag present is a "yes"; its absence proves nothing, so that is left to the officer.
    'suspect.violent-history': record.pnc.warningMarkers.includes('VI') ? 'yes' : undefined,
    'suspect.previous-breach': record.pnc.breaches > 0 ? 'yes' : undefined,
    'victim.marac-case': record.marac === 'flagged' ? 'yes' : undefined
  };
  /** @type {Record<string, string>} */
  const prefill = {};
  for (const [code, value] of Object.entries(answers)) if (value !== undefined) prefill[code] = value;
  return prefill;
}

/** The element's `stage` attribute from the record. */
export const stageOf = (/** @type {CustodyRecord} */ record) => (record.charged ? 'post-charge' : 'pre-charge');
