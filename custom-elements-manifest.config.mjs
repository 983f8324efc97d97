// `npm run manifest` (and `npm run build`): custom-elements.json, the element's public API for editors, docs and
// tools, from the JSDoc on the class (@attr, @prop, @fires, @csspart, @cssprop, @summary, @tag) and its Lit
// properties. test/hosts/manifest.test.* check it against the element's real attributes, properties, events,
// parts and custom properties, and that the committed file is what this config generates now.
//
// The analyzer sees every source module; the plugin below keeps what a host can reach from the package: the
// element, define() and DEFAULT_TAG, at the paths a host imports through the package's exports (dist/lib/element.js, dist/lib/bail-safeguarding.js).

/** The side-effect-free entry (class, define) and the entry that defines the element on import. */
const ELEMENT_ENTRY = 'dist/lib/element.js';
const DEFINING_ENTRY = 'dist/lib/bail-safeguarding.js';

/** Exported by the element entry besides the class. */
const ENTRY_EXPORTS = ['define', 'DEFAULT_TAG'];

/** Called by the browser itself on a form-associated custom element: not something a host calls. */
export const PLATFORM_CALLBACKS = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'adoptedCallback',
  'attributeChangedCallback',
  'formAssociatedCallback',
  'formDisabledCallback',
  'formResetCallback',
  'formStateRestoreCallback'
]);

/** The standard API of a form-associated element (ElementInternals), which the class has no JSDoc for. */
const FORM_API = {
  form: 'The form the element belongs to, as on any form control.',
  validity:
    'As on any form control: `valueMissing` until the officer has recorded a decision (the record is the value).',
  validationMessage: 'Why the element is invalid (the assessment is not finished), in the element language.',
  checkValidity: 'As on any form control: false until the officer has recorded a decision.',
  reportValidity: 'As `checkValidity()`, and shows the browser message and moves focus to the current step heading.'
};

const isPublic = member => (member.privacy ?? 'public') === 'public' && !member.static;

function publicElement(element) {
  const hidden = new Set(element.members.filter(m => !isPublic(m)).map(m => m.name));
  const attributes = (element.attributes ?? []).filter(a => !hidden.has(a.fieldName));
  const byField = new Map(attributes.map(a => [a.fieldName, a]));
  const members = element.members
    .filter(m => isPublic(m) && !PLATFORM_CALLBACKS.has(m.name))
    .map(m => {
      const attribute = byField.get(m.name);
      const description = m.description ?? attribute?.description ?? FORM_API[m.name];
      return { ...m, ...(description ? { description } : {}), ...(attribute ? { attribute: attribute.name } : {}) };
    });
  // The generic emit(type, detail) helper shows up as an event named after its parameter; real events are documented.
  const events = (element.events ?? []).filter(e => e.description).map(withDetailReference);
  return { ...element, members, attributes, events };
}

/**
 * An event with a reference to its detail's type as the package exports it (`bail-safeguarding/element`), so
 * tools can link `CustomEvent<BailCheckRecord>` to the type a host imports.
 */
function withDetailReference(event) {
  const text = event.type?.text ?? '';
  const found = /^CustomEvent<(\w+)>$/.exec(text);
  if (!found) return event;
  const name = found[1];
  const start = text.indexOf(name);
  const reference = { name, package: 'bail-safeguarding', module: ELEMENT_ENTRY, start, end: start + name.length };
  return { ...event, type: { ...event.type, references: [reference] } };
}

/** Reduces the manifest to the package's public entries. */
function packageEntries({ customElementsManifest: manifest }) {
  const declarations = manifest.modules.flatMap(m => m.declarations ?? []);
  const element = declarations.find(d => d.customElement);
  if (!element) throw new Error('custom-elements manifest: no custom element found');
  const extras = ENTRY_EXPORTS.map(name => {
    const found = declarations.find(d => d.name === name);
    if (!found) throw new Error(`custom-elements manifest: ${name} not found`);
    return found;
  });
  const exported = [element, ...extras].map(d => ({
    kind: 'js',
    name: d.name,
    declaration: { name: d.name, module: ELEMENT_ENTRY }
  }));
  manifest.modules = [
    {
      kind: 'javascript-module',
      path: ELEMENT_ENTRY,
      description: 'The element class and define(), with no side effects.',
      declarations: [publicElement(element), ...extras],
      exports: exported
    },
    {
      kind: 'javascript-module',
      path: DEFINING_ENTRY,
      description: `Defines <${element.tagName}> when imported; one self-contained module with the default pack.`,
      declarations: [],
      exports: [
        ...exported,
        {
          kind: 'custom-element-definition',
          name: element.tagName,
          declaration: { name: element.name, module: ELEMENT_ENTRY }
        }
      ]
    }
  ];
}

export default {
  globs: ['components/**/*.ts'],
  exclude: ['**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [{ name: 'bail-safeguarding-package-entries', packageLinkPhase: packageEntries }]
};
