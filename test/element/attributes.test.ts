// The element's attributes as it reads them (components/.../attributes.ts): each parsed on its own, a refused value
// taken as absent, and one attribute-invalid message per refused attribute that changed, naming it, never its value.
import { expect } from '@open-wc/testing';
import {
  attributeProblems,
  readDraftTtl,
  readLang,
  readReference,
  readSettings,
  readStage,
  type AttributeValues
} from '../../components/bail-safeguarding-check/attributes.js';

const HOUR = 3_600_000;
const all = () => true;

describe('attributes', () => {
  it('reads lang as en or cy from a language tag, English when there is none', () => {
    expect([
      readLang(undefined),
      readLang(''),
      readLang('en'),
      readLang('cy'),
      readLang('cy-GB'),
      readLang('CY')
    ]).to.deep.equal(['en', 'en', 'en', 'cy', 'cy', 'cy']);
    for (const refused of ['fr', 'english', 'x'.repeat(10_000), 'cym'])
      expect(readLang(refused), refused).to.equal(undefined);
  });

  it('reads stage as one of the two stages, exactly', () => {
    expect([readStage('pre-charge'), readStage('post-charge')]).to.deep.equal(['pre-charge', 'post-charge']);
    for (const refused of [' pre-charge ', 'Pre-charge', 'after-lunch', '', undefined, 1])
      expect(readStage(refused), String(refused)).to.equal(undefined);
  });

  it('reads a case or officer reference of up to 200 printable characters in any script', () => {
    const longest = `CR/${'Ä'.repeat(100)}-${'٣'.repeat(96)}`;
    expect([readReference('CR-1'), readReference('PS 1234 — Jones'), readReference(longest)]).to.deep.equal([
      'CR-1',
      'PS 1234 — Jones',
      longest
    ]);
    for (const refused of [
      '',
      'C'.repeat(201),
      'CR-1\nCR-2',
      'CR-1\u0000',
      'CR\t1',
      'CR-1\u007f',
      'CR-1\u0085',
      'CR-\u202e4321',
      // Invisible, or breaking a line: line and paragraph separators, RLM, ALM, zero-width space, BOM, soft hyphen.
      ...['\u2028', '\u2029', '\u200f', '\u061c', '\u200b', '\ufeff', '\u00ad'].map(c => `CR-1${c}2`),
      42
    ])
      expect(readReference(refused), JSON.stringify(refused)).to.equal(undefined);
  });

  it('reads draft-ttl as a positive, finite number of hours', () => {
    expect([readDraftTtl('12'), readDraftTtl('0.5'), readDraftTtl('2e1')]).to.deep.equal([
      12 * HOUR,
      HOUR / 2,
      20 * HOUR
    ]);
    for (const refused of ['0', '-1', 'soon', '', 'Infinity', undefined])
      expect(readDraftTtl(refused), String(refused)).to.equal(undefined);
  });

  it('gives the defaults for what is absent or refused: English, no stage, no references, drafts on for 12 hours', () => {
    const defaults = {
      lang: 'en',
      stage: undefined,
      caseId: undefined,
      officerId: undefined,
      drafts: true,
      draftTtlMs: 12 * HOUR
    };
    expect(readSettings({})).to.deep.equal(defaults);
    expect(
      readSettings({ lang: 'fr', stage: 'soon', caseId: 'CR\n1', officerId: '', drafts: 'on', draftTtl: '-1' })
    ).to.deep.equal(defaults);
    expect(
      readSettings({
        lang: 'cy',
        stage: 'post-charge',
        caseId: 'CR-1',
        officerId: 'PS 7',
        drafts: 'off',
        draftTtl: '2'
      })
    ).to.deep.equal({
      lang: 'cy',
      stage: 'post-charge',
      caseId: 'CR-1',
      officerId: 'PS 7',
      drafts: false,
      draftTtlMs: 2 * HOUR
    });
  });

  it('names each refused attribute that changed once, in a fixed order, never repeating its value', () => {
    const values: AttributeValues = {
      draftTtl: 'soon',
      officerId: 'SECRET\n',
      caseId: 'SECRET-CASE\u202e',
      stage: 'SECRET-STAGE',
      lang: 'SECRET-LANG'
    };
    const problems = attributeProblems(values, all);
    expect(problems).to.deep.equal([
      'The lang attribute must be one of en, cy; using the default instead',
      'The stage attribute must be one of pre-charge, post-charge; using the default instead',
      'The case-id attribute must be at most 200 characters, with no control or invisible characters; using the default instead',
      'The officer-id attribute must be at most 200 characters, with no control or invisible characters; using the default instead',
      'The draft-ttl attribute must be a number of hours above 0; using the default instead'
    ]);
    for (const p of problems) expect(p).not.to.contain('SECRET');
    expect(attributeProblems(values, name => name === 'stage')).to.have.length(1);
  });

  it('says nothing of an attribute that is absent or empty (but an empty draft-ttl is refused), or valid', () => {
    expect(attributeProblems({}, all)).to.deep.equal([]);
    expect(attributeProblems({ lang: '', stage: '', caseId: '', officerId: '' }, all)).to.deep.equal([]);
    expect(attributeProblems({ lang: 'cy-GB', stage: 'pre-charge', caseId: 'CR-1', draftTtl: '1' }, all)).to.deep.equal(
      []
    );
    expect(attributeProblems({ draftTtl: '' }, all)).to.have.length(1);
  });
});
