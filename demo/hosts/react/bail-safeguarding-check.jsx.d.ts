// <bail-safeguarding-check> in JSX, for React 19: attributes as strings, properties as values (React 19 sets a
// prop as a property when the element has one, so define the element before rendering), and each event as
// on<event name>, which React 19 turns into addEventListener(<event name>). Copy this file into a React app.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  BailCheckChangeEvent,
  BailCheckCompleteEvent,
  BailCheckErrorEvent,
  BailCheckReadyEvent,
  BailSafeguardingCheck
} from 'bail-safeguarding/element';

export interface BailSafeguardingCheckProps extends DetailedHTMLProps<
  HTMLAttributes<BailSafeguardingCheck>,
  BailSafeguardingCheck
> {
  'case-id'?: string;
  'officer-id'?: string;
  stage?: 'pre-charge' | 'post-charge';
  'rules-src'?: string;
  'rules-origins'?: string;
  drafts?: 'off';
  'draft-ttl'?: string;
  name?: string;
  disabled?: boolean;
  prefill?: Record<string, unknown>;
  rulePack?: unknown;
  rulePackSignature?: string;
  rulesPublicKey?: JsonWebKey | CryptoKey;
  'onbail-check-ready'?: (event: BailCheckReadyEvent) => void;
  'onbail-check-change'?: (event: BailCheckChangeEvent) => void;
  'onbail-check-complete'?: (event: BailCheckCompleteEvent) => void;
  'onbail-check-error'?: (event: BailCheckErrorEvent) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'bail-safeguarding-check': BailSafeguardingCheckProps;
    }
  }
}
