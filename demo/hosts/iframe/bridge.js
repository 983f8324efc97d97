// The iframe bridge, inside bridge.html, for host pages that cannot load modules: they embed this page and talk to
// it with postMessage. It loads the element itself, once it listens to it. Both directions are tied to the parent origins the page lists in
// <meta name="bail-bridge-parent-origins">. The protocol (docs/integration.md, "Legacy pages: the iframe bridge"):
//   to the parent:   { channel: 'bail-safeguarding', type: 'bridge-ready' } once listening, then each of the
//                    element's events as { channel, type: 'bail-check-ready' | …-change | …-complete | …-error, detail }
//   from the parent: { channel, type: 'set-attributes', attributes: { 'case-id': '…', … } } (strings; null removes)
//                    { channel, type: 'set-prefill', prefill: { '<question id>': '<answer>', … } }
//                    { channel, type: 'reset' }
// Messages from any other window or origin are ignored.
/* global document, location, URL, window */

export const CHANNEL = 'bail-safeguarding';
const EVENTS = /** @type {const} */ ([
  'bail-check-ready',
  'bail-check-change',
  'bail-check-complete',
  'bail-check-error'
]);
/** What the parent may set: whom and what the check is for. Never `rules-src`: the pack is this page's choice. */
const SETTABLE = ['case-id', 'officer-id', 'stage', 'lang', 'drafts', 'draft-ttl'];

/** @param {unknown} value @returns {value is Record<string, unknown>} */
const isObject = value => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The origins a parent may have, from the meta tag's content; `self` is this page's own origin.
 * @param {string | null | undefined} content
 * @param {string} self
 */
export const parentOrigins = (content, self) =>
  (content ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map(origin => (origin === 'self' ? self : origin));

const check = document.querySelector('bail-safeguarding-check');
const origins = parentOrigins(
  document.querySelector('meta[name="bail-bridge-parent-origins"]')?.getAttribute('content'),
  location.origin
);
const parent = window.parent;

/** @param {string} type @param {unknown} [detail] */
function post(type, detail) {
  // One message per allowed origin, each with it as the explicit target: the browser delivers only the one whose
  // origin the parent really has, so nothing reaches a parent this page does not list.
  for (const origin of origins) parent.postMessage({ channel: CHANNEL, type, detail }, origin);
}

/** @param {MessageEvent} event */
function receive(event) {
  if (!check || event.source !== parent || !origins.includes(event.origin)) return;
  const message = event.data;
  if (!isObject(message) || message.channel !== CHANNEL) return;
  // The parent's answers arrive untyped: the element checks them against its pack (prefill-invalid).
  if (message.type === 'set-prefill' && isObject(message.prefill))
    check.prefill = /** @type {import('bail-safeguarding/element').Prefill} */ (message.prefill);
  else if (message.type === 'reset') check.reset();
  else if (message.type === 'set-attributes' && isObject(message.attributes))
    for (const [name, value] of Object.entries(message.attributes)) {
      if (!SETTABLE.includes(name)) continue;
      if (typeof value === 'string') check.setAttribute(name, value);
      else if (value === null) check.removeAttribute(name);
    }
}

/** Where the element is served from (this page's own server). */
const ELEMENT_BUNDLE = new URL('../../../dist/bail-safeguarding.js', import.meta.url).href;

if (check && parent !== window) {
  // Listening before the element is defined, so not even its first event is missed; then the element.
  for (const type of EVENTS) check.addEventListener(type, event => post(type, event.detail));
  await import(ELEMENT_BUNDLE);
  window.addEventListener('message', receive);
  post('bridge-ready');
}
