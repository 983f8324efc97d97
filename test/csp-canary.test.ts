import { expect } from '@open-wc/testing';

// Proves the CSP test above can fail: an inline style attribute in the same strict-CSP page is reported.
describe('strict-CSP harness', () => {
  it('reports a violation when a page breaks the policy', async () => {
    const frame = document.createElement('iframe');
    frame.src = new URL('./fixtures/csp-canary.html', import.meta.url).href;
    const result = new Promise<string[]>(resolve => {
      addEventListener('message', function onMessage(e: MessageEvent) {
        if (e.data?.kind !== 'csp-canary') return;
        removeEventListener('message', onMessage);
        resolve(e.data.violations);
      });
    });
    document.body.append(frame);
    expect((await result).length).to.be.greaterThan(0);
    frame.remove();
  });
});
