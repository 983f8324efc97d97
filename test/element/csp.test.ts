import { expect } from '@open-wc/testing';
import { cleanup } from '../helpers.js';

describe('<bail-safeguarding-check> under a strict Content-Security-Policy', () => {
  afterEach(cleanup);

  it("completes a whole assessment with script-src 'self'; style-src 'self' and causes no violation", async () => {
    const frame = document.createElement('iframe');
    const result = new Promise<{ violations: string[]; heading?: string; hash?: string; error?: string }>(resolve => {
      addEventListener('message', function onMessage(e: MessageEvent) {
        if (e.data?.kind !== 'csp-result') return;
        removeEventListener('message', onMessage);
        resolve(e.data);
      });
    });
    frame.src = new URL('../fixtures/csp.html', import.meta.url).href;
    document.body.append(frame);
    const { violations, heading, hash, error } = await result;
    expect(error).to.equal(undefined);
    expect(violations).to.deep.equal([]);
    expect(heading).to.equal('Decision recorded');
    expect(hash).to.match(/^[0-9a-f]{64}$/);
  });
});
