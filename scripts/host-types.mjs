// `npm run manifest` (after the analyzer writes custom-elements.json): the files each kind of host reads, generated
// so they cannot drift from the element. From custom-elements.json (names and descriptions; the types are the
// class's own, read through indexed access types):
//   components/frameworks/react.ts  <bail-safeguarding-check> in React 19's JSX      (bail-safeguarding/react)
//   components/frameworks/vue.ts    the tag in Vue's GlobalComponents, for vue-tsc   (bail-safeguarding/vue)
//   html-custom-data.json           VS Code's HTML custom data: the tag, its attributes and the values they take
// and from rules/default-pack.json:
//   src/vocabulary-answers.ts       the prefill's type: the vocabulary's codes (the default pack's question ids),
//                                   each with the answers its question takes, and room for a pack's `x-` codes
// Angular has no typing for a custom element's template bindings (CUSTOM_ELEMENTS_SCHEMA): its note is in
// docs/integration.md. `node scripts/host-types.mjs --check` exits 1 when a committed file is out of date
// (test/package/host-types.test.mjs runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const COMPONENT = 'components/bail-safeguarding-check/bail-safeguarding-check.component.ts';
const HEADER = source => `// Generated from ${source} by scripts/host-types.mjs (\`npm run manifest\`): do not edit.`;

export const GENERATED = {
  react: 'components/frameworks/react.ts',
  vue: 'components/frameworks/vue.ts',
  customData: 'html-custom-data.json',
  answers: 'src/vocabulary-answers.ts'
};

const read = path => readFileSync(join(root, path), 'utf8');
const quote = name => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
/** A JSDoc comment of one paragraph (the manifest's descriptions are plain sentences with `code`). */
const doc = (text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/')} */\n` : '');

/** The element's declaration in the manifest: its tag, attributes, public members and events. */
function elementOf(manifest) {
  const element = manifest.modules.flatMap(m => m.declarations ?? []).find(d => d.customElement);
  if (!element) throw new Error('custom-elements.json: no custom element');
  const attributes = element.attributes ?? [];
  const withAttribute = new Set(attributes.map(a => a.fieldName));
  // Properties a host sets that no attribute carries (objects): prefill, rulePack, rulesPublicKey.
  const properties = element.members.filter(
    m => m.kind === 'field' && !m.readonly && !m.static && !withAttribute.has(m.name) && !m.attribute
  );
  return { tag: element.tagName, name: element.name, description: element.summary, attributes, properties, element };
}

/** The string values each attribute's property takes, when its type is a union of string literals (and undefined). */
function literalValues(fieldNames) {
  const program = ts.createProgram([join(root, COMPONENT)], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    resolveJsonModule: true
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(join(root, COMPONENT));
  const cls = source.statements.find(s => ts.isClassDeclaration(s) && s.name?.text === 'BailSafeguardingCheck');
  const type = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(cls.name));
  const values = {};
  for (const field of fieldNames) {
    const property = checker.getPropertyOfType(type, field);
    const fieldType = checker.getTypeOfSymbol(property);
    const parts = fieldType.isUnion() ? fieldType.types : [fieldType];
    const literals = parts.filter(t => t.isStringLiteral()).map(t => t.value);
    const others = parts.filter(t => !t.isStringLiteral() && !(t.flags & ts.TypeFlags.Undefined));
    if (literals.length && !others.length) values[field] = literals;
  }
  return values;
}

function reactSource(manifest) {
  const { tag, name, attributes, properties, element } = elementOf(manifest);
  const own = [
    ...attributes.map(a => `${doc(a.description)}  ${quote(a.name)}?: ${name}['${a.fieldName}'];`),
    ...properties.map(p => `${doc(p.description)}  ${quote(p.name)}?: ${name}['${p.name}'];`),
    ...element.events.map(
      e => `${doc(e.description)}  ${quote(`on${e.name}`)}?: (event: BailCheckEventMap['${e.name}']) => void;`
    )
  ];
  return `${HEADER('custom-elements.json')}
// <${tag}> in React 19's JSX: import this module once, for its types alone (\`import type {} from
// 'bail-safeguarding/react';\`). React 19 sets a prop as a property when the element has one (so define the element
// before rendering: \`import 'bail-safeguarding'\`), the others as attributes, and turns on<event name> into
// addEventListener(<event name>).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${name} } from '../bail-safeguarding-check/bail-safeguarding-check.component.js';
import type { BailCheckEventMap } from '../events.js';

/** The element's own props: its attributes, the properties no attribute carries, and its events as on<event>. */
export interface ${name}OwnProps {
${own.join('\n')}
}

/** The props of <${tag}> in JSX: React's own (key, ref, className…) and the element's. */
export type ${name}Props = Omit<DetailedHTMLProps<HTMLAttributes<${name}>, ${name}>, keyof ${name}OwnProps> &
  ${name}OwnProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares its JSX types in a namespace
  namespace JSX {
    interface IntrinsicElements {
      '${tag}': ${name}Props;
    }
  }
}
`;
}

function vueSource(manifest) {
  const { tag, name, attributes, properties } = elementOf(manifest);
  const fields = [...attributes.map(a => a.fieldName), ...properties.map(p => p.name)];
  return `${HEADER('custom-elements.json')}
// <${tag}> in Vue 3's templates, for vue-tsc and Volar: import this module once, for its types alone (\`import
// type {} from 'bail-safeguarding/vue';\`), and tell Vue's compiler the tag is a custom element
// (\`compilerOptions.isCustomElement\`). Vue sets a binding as a property when the element has one.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { ${name} } from '../bail-safeguarding-check/bail-safeguarding-check.component.js';
import type { BailCheckEventMap } from '../events.js';

/** What a template may bind on <${tag}>: the HTML attributes, the element's own, and Vue's (key, ref…). */
export type ${name}VueProps = HTMLAttributes &
  Partial<Pick<${name}, ${fields.map(f => `'${f}'`).join(' | ')}>> &
  PublicProps;

/** <${tag}> as Vue's template type checker reads a component: its props and its events. */
export type ${name}VueComponent = new () => ${name} & {
  /** @deprecated For template type checking only: not a property of the element. */
  $props: ${name}VueProps;
  /** @deprecated For template type checking only: the element dispatches its events itself. */
  $emit: EmitFn<{ [K in keyof BailCheckEventMap]: (event: BailCheckEventMap[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    '${tag}': ${name}VueComponent;
  }
}
`;
}

function customData(manifest) {
  const { tag, description, attributes, element } = elementOf(manifest);
  const values = literalValues(attributes.map(a => a.fieldName));
  const booleans = new Set(element.members.filter(m => m.type?.text === 'boolean').map(m => m.name));
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: [
      {
        name: tag,
        description: `${description} ${element.description.replace(/\s*\n\s*/g, ' ')}`,
        attributes: attributes.map(a => ({
          name: a.name,
          description: a.description,
          ...(booleans.has(a.fieldName) ? { valueSet: 'v' } : {}),
          ...(values[a.fieldName] ? { values: values[a.fieldName].map(v => ({ name: v })) } : {})
        }))
      }
    ]
  };
}

function answersSource(pack) {
  const answerType = q =>
    q.type === 'tri' ? 'TriAnswer' : q.type === 'choice' ? q.options.map(o => `'${o.value}'`).join(' | ') : 'string';
  return `${HEADER('rules/default-pack.json')}
// The answers a host may prefill, keyed by the vocabulary's codes (the default pack's question ids, stable across
// pack versions), each with the answers its question takes. A pack's own questions have codes under the \`x-\`
// prefix. The element checks every prefill against the pack in use whatever its type (\`prefill-invalid\`).

/** A yes / no / not known question: "unknown" is a real answer, never read as "no". */
export type TriAnswer = 'yes' | 'no' | 'unknown';

/** Each code of the vocabulary with the answers its question takes (\`string\`: free text). */
export interface VocabularyAnswers {
${pack.questions.map(q => `  '${q.id}': ${answerType(q)};`).join('\n')}
}

export type VocabularyCode = keyof VocabularyAnswers;

/** The \`prefill\` property: the answers the host holds, by code; leave out what it does not positively hold. */
export type Prefill = { [Code in VocabularyCode]?: VocabularyAnswers[Code] } & {
  [code: \`x-\${string}\`]: string | undefined;
};
`;
}

/** Every generated file's path and its text, formatted as the repository's Prettier formats it. */
export async function hostTypeFiles() {
  const manifest = JSON.parse(read('custom-elements.json'));
  const pack = JSON.parse(read('rules/default-pack.json'));
  const texts = {
    [GENERATED.react]: reactSource(manifest),
    [GENERATED.vue]: vueSource(manifest),
    [GENERATED.customData]: JSON.stringify(customData(manifest)),
    [GENERATED.answers]: answersSource(pack)
  };
  const files = {};
  for (const [path, text] of Object.entries(texts)) {
    const options = await resolveConfig(join(root, path));
    files[path] = await format(text, { ...options, filepath: join(root, path) });
  }
  return files;
}

async function main() {
  const files = await hostTypeFiles();
  if (process.argv.includes('--check')) {
    const stale = Object.entries(files).filter(([path, text]) => {
      try {
        return read(path) !== text;
      } catch {
        return true;
      }
    });
    for (const [path] of stale) console.error(`${path} is out of date: run \`npm run manifest\` and commit it`);
    process.exitCode = stale.length ? 1 : 0;
    return;
  }
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  console.log(`wrote ${Object.keys(files).join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
