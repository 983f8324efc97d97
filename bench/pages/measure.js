// Shared by the benchmark pages: when the first question is interactive, keypress → next screen painted,
// and reporting to the harness.
/* global performance, MutationObserver, MessageChannel, requestAnimationFrame, window */

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

/** performance.now() just after the next frame is painted: a task queued from the frame's rAF runs after it. */
function afterPaint() {
  return new Promise(resolve =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    })
  );
}

/**
 * Keypress → next screen painted. The harness calls `window.benchArm()` before a key that should change the
 * screen (`window.benchKey()` names that key for the question on screen, or null when there is none); from
 * that key's keydown (its event time), the page waits for `screen()` to change in `root`, then for the
 * paint after it, and pushes the milliseconds to `window.benchKeys`.
 */
export function watchKeys(root, screen, keyForScreen) {
  window.benchKeys = [];
  window.benchKey = keyForScreen;
  let armed = false;
  window.benchArm = () => (armed = true);
  window.addEventListener(
    'keydown',
    event => {
      if (!armed) return;
      armed = false;
      const before = screen();
      const observer = new MutationObserver(() => {
        if (screen() === before) return;
        observer.disconnect();
        void afterPaint().then(painted => window.benchKeys.push(painted - event.timeStamp));
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    },
    true
  );
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
  return root;
}
