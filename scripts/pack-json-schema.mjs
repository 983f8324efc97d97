// npm run rules:schema: writes rules/pack.schema.json, a JSON Schema for editors, generated from the
// zod schemas in src/pack/schema.ts (full zod's toJSONSchema, at build time only). Conditions are any
// value there (checked by code); here they get a recursive definition built from the language's own
// operator table, so the two cannot drift. What schema.ts checks with its own small functions rather than
// zod's (the id and version patterns, catalogue codes, riskFactor's two values) is written out here. A pack file opts in with "$schema": "./pack.schema.json".
// test/node/rules-tools.test.mjs fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { importSource, root } from './rules-check.mjs';

export const SCHEMA_FILE = join(root, 'rules/pack.schema.json');

const OPERATOR_TEXT = {
  all: 'Every condition listed holds.',
  any: 'At least one condition listed holds.',
  not: 'The condition does not hold. Rules with effects may not read a risk factor, risk or indicators under "not".',
  equals:
    'The answer to question q is this value. A question asked but not answered reads as "unknown"; one not asked matches nothing.',
  in: 'The answer to question q is one of these values ("unknown" matches a question asked but not answered).',
  answered: 'The question was asked and has an answer ("not known" included).',
  notKnown: 'The question was asked and its answer is "unknown" or missing. Never true for a question not asked.',
  count: 'At least atLeast of the listed questions have the answer equals.',
  riskAtLeast: 'The risk level raised by the rules is at least this.',
  indicatorsAtLeast: 'At least this many distinct indicators were found by the rules.'
};

/** The schema as pretty JSON text, exactly as it is committed. */
export async function packJsonSchema() {
  const src = await importSource(`
    export * from './src/pack/schema.ts';
    export { OPERATORS } from './src/condition-check.ts';
    export { toJSONSchema, globalRegistry } from 'zod';
  `);
  const { Pack, OPERATORS, ID_PATTERN, SEMVER, LIMITS, toJSONSchema, globalRegistry } = src;
  // Named parts become definitions; descriptions show in editors. (Kept here, out of the shipped bundle.)
  const field = (schema, name) => schema._zod.def.shape[name];
  for (const [schema, meta] of [
    [
      src.LocalText,
      { id: 'text', description: 'Text in each language: English (required, and the fallback) and Welsh.' }
    ],
    [src.Source, { id: 'source', description: 'A citation that rules point to by id in "cites".' }],
    [src.Section, { id: 'section', description: 'A group of questions, following a National Decision Model stage.' }],
    [src.Question, { id: 'question', description: 'A question. Its id is stable: hosts prefill answers by it.' }],
    [
      src.Rule,
      {
        id: 'rule',
        description:
          'When its condition holds, its effects apply: risk is the highest raised, the rest collect. The condition may read risk and indicators (after the other rules), but not under "not".'
      }
    ],
    [
      src.OutcomeRow,
      {
        id: 'outcomeRow',
        description:
          'A row of an outcome table: the first row whose condition holds wins. Its condition may read anything.'
      }
    ],
    [
      src.OutcomePolicy,
      { id: 'outcomePolicy', description: "A stage's outcome table: rows in order, then the default." }
    ],
    [
      field(src.Question, 'askWhen'),
      { description: 'Ask only when this holds. May read only earlier questions, never risk or indicators.' }
    ],
    [
      field(src.Question, 'riskFactor'),
      {
        description:
          'Yes is the worrying answer (tri questions only). A "yes" or "not known" must never lower risk or remove an effect, so rules with effects and askWhen may read it only as equals "yes"/"unknown", "in" without "no" (or with all three), notKnown, answered, or a count of "yes"/"unknown", never under "not".'
      }
    ],
    [
      field(src.Question, 'gap'),
      {
        description:
          'The answers that leave an information gap ("unknown" by default for tri) and the action that closes it.'
      }
    ],
    [
      field(src.Source, 'title'),
      {
        description:
          'The title in each language it has one in ({"en", "cy"}: a statute\'s Welsh title), English alone for a proper name with one form (a report\'s title).'
      }
    ],
    [
      field(src.Question, 'answers'),
      {
        description:
          'The Welsh answer words of a tri question (ydyn: Ydyn / Nac ydyn…), where the verb its Welsh text opens with does not give them; ie (Ie / Na) is the neutral pair.'
      }
    ],
    [field(src.Rule, 'cites'), { description: 'Ids of sources: every rule cites at least one.' }],
    [field(src.Effects, 'risk'), { description: 'The minimum risk level this rule sets. Risk is never lowered.' }]
  ])
    globalRegistry.add(schema, meta);

  const ref = { $ref: '#/definitions/condition' };
  const questionId = { type: 'string', pattern: ID_PATTERN.source, description: 'A question id.' };
  const value = { type: 'string', minLength: 1, maxLength: LIMITS.idChars, description: 'An answer value.' };
  const count = { type: 'integer', minimum: 1 };
  const FIELDS = {
    all: { type: 'array', minItems: 1, items: ref },
    any: { type: 'array', minItems: 1, items: ref },
    not: ref,
    q: questionId,
    equals: value,
    in: { type: 'array', minItems: 1, maxItems: LIMITS.listItems, items: value },
    answered: questionId,
    notKnown: questionId,
    count: { type: 'array', minItems: 1, maxItems: LIMITS.listItems, items: questionId },
    atLeast: count,
    riskAtLeast: { enum: ['standard', 'medium', 'high'] },
    indicatorsAtLeast: count
  };
  const oneOf = Object.entries(OPERATORS).map(([op, keys]) => {
    if (!OPERATOR_TEXT[op] || keys.some(k => !FIELDS[k]))
      throw new Error(`describe the condition operator "${op}" in scripts/pack-json-schema.mjs`);
    return {
      type: 'object',
      description: OPERATOR_TEXT[op],
      properties: Object.fromEntries(keys.map(k => [k, FIELDS[k]])),
      required: keys,
      additionalProperties: false
    };
  });

  const id = field(src.Source, 'id');
  const idSchema = { type: 'string', minLength: 1, maxLength: LIMITS.idChars, pattern: ID_PATTERN.source };
  const replace = (json, by) => {
    for (const key of Object.keys(json)) delete json[key];
    Object.assign(json, by);
  };
  const schema = toJSONSchema(Pack, {
    target: 'draft-07',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def;
      if (zodSchema === src.ConditionField) replace(jsonSchema, { ...ref });
      else if (zodSchema === id) jsonSchema.pattern = ID_PATTERN.source;
      else if (zodSchema === field(Pack, 'version')) jsonSchema.pattern = SEMVER.source;
      else if (zodSchema === field(src.Question, 'riskFactor')._zod.def.innerType)
        replace(jsonSchema, { type: 'boolean' });
      // A catalogue list: entries by code (an object of any keys, each an id).
      else if (def.type === 'object' && def.catchall && def.catchall._zod.def.type !== 'never')
        replace(jsonSchema, {
          type: 'object',
          propertyNames: idSchema,
          additionalProperties: jsonSchema.additionalProperties
        });
    }
  });
  const json = JSON.stringify({
    $schema: schema.$schema,
    title: 'bail-safeguarding rule pack',
    description:
      'A rule pack for <bail-safeguarding-check>. Generated from src/pack/schema.ts by `npm run rules:schema`; ' +
      '`npm run rules:check` checks what a schema cannot (references, cycles, reachability, limits).',
    ...schema,
    definitions: {
      ...schema.definitions,
      condition: {
        description: `A condition, nested at most ${LIMITS.conditionDepth} deep and at most ${LIMITS.conditionNodes} parts in all.`,
        oneOf
      }
    }
  });
  // Formatted as the repository formats JSON, so `prettier --check` and the up-to-date test agree.
  return format(json, { ...(await resolveConfig(SCHEMA_FILE)), filepath: SCHEMA_FILE });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, await packJsonSchema());
  console.log('wrote rules/pack.schema.json');
}
