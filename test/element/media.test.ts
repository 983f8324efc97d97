import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { cleanup, mount, shadow } from '../helpers.js';
import { testPack } from './test-pack.js';

describe('<bail-safeguarding-check>: theming and motion', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ reducedMotion: 'no-preference' }).catch(() => undefined);
  });

  it('inherits the host font and takes --bsc-* custom properties and ::part styles from the host', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .themed { font-family: Georgia, serif; --bsc-button-background: rgb(1, 2, 3); }
      .themed::part(button) { color: rgb(4, 5, 6); }`;
    document.head.append(style);
    const el = await mount(el => {
      el.rulePack = testPack();
      el.className = 'themed';
    });
    const button = shadow(el).querySelector<HTMLElement>('[part~="button"]')!;
    expect(getComputedStyle(button).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(button).color).to.equal('rgb(4, 5, 6)');
    style.remove();
  });

  it('drops transitions when the officer prefers reduced motion', async function () {
    const el = await mount(el => (el.rulePack = testPack()));
    const button = shadow(el).querySelector<HTMLElement>('[part~="button"]')!;
    expect(getComputedStyle(button).transitionDuration).not.to.equal('0s');
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
    } catch {
      this.skip(); // the browser driver cannot emulate the preference
    }
    if (!matchMedia('(prefers-reduced-motion: reduce)').matches) this.skip();
    expect(getComputedStyle(button).transitionDuration).to.equal('0s');
  });
});
