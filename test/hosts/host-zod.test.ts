// A host with its own zod 4, which a bundler shares with the element's (one copy, deduplicated): the element
// validates packs without generated code by asking it of each parse (`jitless` per call), so the host's zod keeps
// its global config, and with it its compiled (fast) object parsers. This page loads zod first, as the host's own
// code would, and the element only after it has looked at zod's config.
import { expect } from '@open-wc/testing';
import * as z from 'zod';
import { defaultPack } from '../../src/default-pack.js';

describe("a host's own zod beside the element", () => {
  it('keeps its global config after the element is imported and has validated a pack', async () => {
    const before = { ...z.config() };
    expect(before.jitless, 'nothing set jitless before the element').to.equal(undefined);

    const { BailSafeguardingCheck } = await import('../../components/index.js');
    const el = document.createElement('bail-safeguarding-check');
    expect(el).to.be.instanceOf(BailSafeguardingCheck);
    const pack = structuredClone(defaultPack);
    pack.id = 'x-host-zod';
    const ready = new Promise<CustomEvent>(resolve =>
      el.addEventListener('bail-check-ready', e => resolve(e), { once: true })
    );
    el.rulePack = pack;
    document.body.append(el);
    const { detail } = await ready;
    expect(detail.source, 'the pack went through the validator').to.equal('property');
    expect(detail.rulePack.id).to.equal('x-host-zod');

    expect({ ...z.config() }).to.deep.equal(before);
    expect(z.config().jitless).to.equal(undefined);
    // The host's own schemas still parse (and refuse) as before.
    const Custody = z.object({ reference: z.string(), detained: z.boolean() });
    expect(Custody.parse({ reference: 'CR-1', detained: true })).to.deep.equal({ reference: 'CR-1', detained: true });
    expect(Custody.safeParse({ reference: 1 }).success).to.equal(false);
    el.remove();
  });
});
