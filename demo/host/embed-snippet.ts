// The embedding as a vendor would write it, for the element exactly as this page has set it up.
import { html, type TemplateResult } from 'lit';

const SHOWN_ATTRIBUTES = ['case-id', 'officer-id', 'stage', 'lang'];

function attributeText(el: Element): string {
  return SHOWN_ATTRIBUTES.filter(name => el.hasAttribute(name))
    .map(name => `\n  ${name}="${el.getAttribute(name)}"`)
    .join('');
}

export function embedSnippet(el: Element, prefill: Record<string, unknown>, customPack: boolean): string {
  const prefillJson = JSON.stringify(prefill, null, 2).replace(/\n/g, '\n  ');
  return `<script type="module" src="/path/to/bail-safeguarding.js"></script>
<bail-safeguarding-check${attributeText(el)}></bail-safeguarding-check>
<script type="module">
  const check = document.querySelector('bail-safeguarding-check');
  // What the custody system already holds, keyed by the vocabulary's codes:
  check.prefill = ${prefillJson};${customPack ? '\n  check.rulePack = forcePack; // a validated pack object' : ''}
  check.addEventListener('bail-check-change', e => showProgress(e.detail.progress));
  check.addEventListener('bail-check-complete', e => saveToCustodyRecord(e.detail));
  check.addEventListener('bail-check-error', e => logForSupport(e.detail.code, e.detail.message));
  // Opening another custody record: set its attributes and prefill, then check.reset().
</script>`;
}

export function renderEmbedSnippet(snippet: string): TemplateResult {
  return html`<details class="embed-snippet">
    <summary>How this page embeds the element (the code a vendor writes)</summary>
    <pre class="json" tabindex="0" aria-label="The embedding code">${snippet}</pre>
  </details>`;
}
