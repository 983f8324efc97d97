// Generated from custom-elements.json by scripts/host-types.mjs (`npm run manifest`): do not edit.
// <bail-safeguarding-check> in React 19's JSX: import this module once, for its types alone (`import type {} from
// 'bail-safeguarding/react';`). React 19 sets a prop as a property when the element has one (so define the element
// before rendering: `import 'bail-safeguarding'`), the others as attributes, and turns on<event name> into
// addEventListener(<event name>).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { BailSafeguardingCheck } from '../bail-safeguarding-check/bail-safeguarding-check.component.js';
import type { BailCheckEventMap } from '../events.js';

/** The element's own props: its attributes, the properties no attribute carries, and its events as on<event>. */
export interface BailSafeguardingCheckOwnProps {
  /** URL of a rule pack (the page's origin, or one in `rules-origins`), cached for offline use and refreshed in the background; absent: the bundled default pack. A newer pack never changes an assessment the officer has begun: it is used from the next one (after `reset()`). A server that sends nothing for 15 s, or not all after 120 s, is given up on (`rules-timeout`); a change or removal of `rules-src`, or the element leaving the page, abandons the request in flight. */
  'rules-src'?: BailSafeguardingCheck['rulesSrc'];
  /** Space-separated origins that `rules-src` may name besides the page's own. */
  'rules-origins'?: BailSafeguardingCheck['rulesOrigins'];
  /** The id the `rules-src` pack must have (e.g. the production pack's): a pack with another id, however well signed, is refused with `rules-invalid` (cached copies too). */
  'rules-id'?: BailSafeguardingCheck['rulesId'];
  /** The host's custody record reference; shown at the start, put in the record, and (with `officer-id`) the key of the draft: answers in progress are saved in IndexedDB and offered back after a reload, then deleted on completion, `reset()`, "Start again" or after `draft-ttl`. Without it nothing is saved. Changing it (or `officer-id`) once the officer has begun starts a new assessment for that case: the one before stays saved under its own case and is offered again when that case comes back. */
  'case-id'?: BailSafeguardingCheck['caseId'];
  /** `off`: no draft is saved or offered. */
  drafts?: BailSafeguardingCheck['drafts'];
  /** Hours a draft is kept (default 12). */
  'draft-ttl'?: BailSafeguardingCheck['draftTtl'];
  /** The deciding officer's identifier, put in the record. A `case-id` or `officer-id` longer than 200 characters or holding a control or invisible character (a newline, NUL, a line separator, a bidi override or mark, a zero-width space, a byte order mark, a soft hyphen) is refused with `attribute-invalid` and treated as absent: not shown, recorded or used as a draft key. */
  'officer-id'?: BailSafeguardingCheck['officerId'];
  /** `en` or `cy`, or a tag of either (`cy-GB`); unset: English. */
  lang?: BailSafeguardingCheck['lang'];
  /** `pre-charge` or `post-charge` when the host knows it; the officer is then not asked. */
  stage?: BailSafeguardingCheck['stage'];
  /** The form field name under which the record's JSON is submitted. */
  name?: BailSafeguardingCheck['name'];
  /** Disables every control and shortcut. */
  disabled?: BailSafeguardingCheck['disabled'];
  /** A rule pack (an object, or a pack file's JSON text) to use instead of `rules-src` or the bundled pack. Like any new pack, one set after the officer has begun is used from the next assessment (call `reset()` to start it). With `rulesPublicKey` it must be signed: the file's exact text, with its manifest as `rulePackSignature`; else it is refused (`rules-signature-invalid`) and not used. */
  rulePack?: BailSafeguardingCheck['rulePack'];
  /** With `rulesPublicKey`: the signed manifest of `rulePack`, the text of the `.sig` file `rules:sign` wrote beside the pack (`{ id, version, expires, sha256, signature }`), checked as a `rules-src` pack's is (signature, bytes, id, version, expiry, no replay, `rules-id`). Ignored without a key. */
  rulePackSignature?: BailSafeguardingCheck['rulePackSignature'];
  /** Answers the host already holds, keyed by question id (the vocabulary's codes, and a pack's own `x-` codes); each is shown as "from the host record" for the officer to confirm (once per section) or change. */
  prefill?: BailSafeguardingCheck['prefill'];
  /** An ECDSA P-256 public key: packs from `rules-src` (cached ones too) and the `rulePack` property are used only when their signed manifest (`<rules-src>.sig`, or `rulePackSignature`, written by `rules:sign`) verifies against it, names the pack's exact bytes, id and version, and has not expired; a version lower than one accepted before for the same id is refused as a replay (`rules-signature-invalid`). */
  rulesPublicKey?: BailSafeguardingCheck['rulesPublicKey'];
  /** The pack in use and where it came from; again each time that changes (the bundled pack, then the cached or network one): the last before the first answer names the pack of the assessment. */
  'onbail-check-ready'?: (event: BailCheckEventMap['bail-check-ready']) => void;
  /** After each answer: progress and the provisional record. */
  'onbail-check-change'?: (event: BailCheckEventMap['bail-check-change']) => void;
  /** The final record, once the officer records a decision. */
  'onbail-check-complete'?: (event: BailCheckEventMap['bail-check-complete']) => void;
  /** Something the host should know; the element keeps working (`storage-unavailable` at most once per element: it then keeps drafts and packs in memory). */
  'onbail-check-error'?: (event: BailCheckEventMap['bail-check-error']) => void;
}

/** The props of <bail-safeguarding-check> in JSX: React's own (key, ref, className…) and the element's. */
export type BailSafeguardingCheckProps = Omit<
  DetailedHTMLProps<HTMLAttributes<BailSafeguardingCheck>, BailSafeguardingCheck>,
  keyof BailSafeguardingCheckOwnProps
> &
  BailSafeguardingCheckOwnProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares its JSX types in a namespace
  namespace JSX {
    interface IntrinsicElements {
      'bail-safeguarding-check': BailSafeguardingCheckProps;
    }
  }
}
