// Shared by the benchmark pages: when the first question is interactive, and reporting to the harness.
/* global performance, MutationObserver, requestAnimationFrame, window */

/** Resolves with performance.now() once `root` holds enabled radio inputs (a question one can answer). */
export function whenInteractive(root) {
  const ready = () => {
    const inputs = root.querySelectorAll('input[type="radio"]');
    return inputs.length >= 2 && [...inputs].every(input => !input.matches(':disabled'));
  };
  return new Promise(resolve => {
    if (ready()) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

/** The start of the next animation frame. */
export function nextFrame() {
  return new Promise(resolve => requestAnimationFrame(() => resolve(performance.now())));
}

/**
 * Times one page: `load()` fetches and runs the code, `connect()` puts the questionnaire in the page and
 * returns the root to watch. All times in ms; `sinceNavigation` counts from the page's navigation start.
 */
export async function measure(load, connect) {
  const start = performance.now();
  await load();
  const loaded = performance.now();
  const root = connect();
  const interactive = await whenInteractive(root);
  const frame = await nextFrame();
  window.benchResult = {
    load: loaded - start,
    firstQuestion: interactive - loaded,
    toNextFrame: frame - loaded,
    sinceNavigation: interactive
  };
}
