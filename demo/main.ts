// The trainer demo page: the element embedded exactly as a vendor would, and what the host receives.
import '../components/index.js';

const log = document.getElementById('event-log');

for (const type of ['bail-check-ready', 'bail-check-change', 'bail-check-complete', 'bail-check-error'] as const) {
  document.addEventListener(type, event => {
    if (!log) return;
    const item = document.createElement('li');
    const name = document.createElement('strong');
    name.textContent = type;
    const detail = document.createElement('pre');
    detail.textContent = JSON.stringify(event.detail, null, 2);
    item.append(name, detail);
    log.prepend(item);
  });
}
