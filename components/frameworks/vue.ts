// Generated from custom-elements.json by scripts/host-types.mjs (`npm run manifest`): do not edit.
// <bail-safeguarding-check> in Vue 3's templates, for vue-tsc and Volar: import this module once, for its types alone (`import
// type {} from 'bail-safeguarding/vue';`), and tell Vue's compiler the tag is a custom element
// (`compilerOptions.isCustomElement`). Vue sets a binding as a property when the element has one.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { BailSafeguardingCheck } from '../bail-safeguarding-check/bail-safeguarding-check.component.js';
import type { BailCheckEventMap } from '../events.js';

/** What a template may bind on <bail-safeguarding-check>: the HTML attributes, the element's own, and Vue's (key, ref…). */
export type BailSafeguardingCheckVueProps = HTMLAttributes &
  Partial<
    Pick<
      BailSafeguardingCheck,
      | 'rulesSrc'
      | 'rulesOrigins'
      | 'rulesId'
      | 'caseId'
      | 'drafts'
      | 'draftTtl'
      | 'officerId'
      | 'lang'
      | 'stage'
      | 'name'
      | 'disabled'
      | 'rulePack'
      | 'rulePackSignature'
      | 'prefill'
      | 'rulesPublicKey'
    >
  > &
  PublicProps;

/** <bail-safeguarding-check> as Vue's template type checker reads a component: its props and its events. */
export type BailSafeguardingCheckVueComponent = new () => BailSafeguardingCheck & {
  /** @deprecated For template type checking only: not a property of the element. */
  $props: BailSafeguardingCheckVueProps;
  /** @deprecated For template type checking only: the element dispatches its events itself. */
  $emit: EmitFn<{ [K in keyof BailCheckEventMap]: (event: BailCheckEventMap[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'bail-safeguarding-check': BailSafeguardingCheckVueComponent;
  }
}
