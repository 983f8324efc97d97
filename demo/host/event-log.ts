// The event log: every event the element fired, newest first, each detail as formatted JSON.
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { BailCheckEventMap } from '../../components/element.js';
import type { CheckEventType } from '../embed.js';

export interface LogEntry {
  n: number;
  type: CheckEventType;
  time: string;
  summary: string;
  json: string;
}

function summarise<K extends CheckEventType>(type: K, detail: BailCheckEventMap[K]['detail']): string {
  switch (type) {
    case 'bail-check-ready': {
      const d = detail as BailCheckEventMap['bail-check-ready']['detail'];
      return `pack ${d.rulePack.id} ${d.rulePack.version}, from ${d.source}`;
    }
    case 'bail-check-change': {
      const d = detail as BailCheckEventMap['bail-check-change']['detail'];
      return `${d.progress.answered} of ${d.progress.total} answered; risk ${d.recommendation.riskLevel}; recommends ${d.recommendation.outcome.recommended}`;
    }
    case 'bail-check-complete': {
      const d = detail as BailCheckEventMap['bail-check-complete']['detail'];
      return `the final record: decision ${d.decision?.outcome ?? '(none)'}`;
    }
    default: {
      const d = detail as BailCheckEventMap['bail-check-error']['detail'];
      return `${d.code}: ${d.message}`;
    }
  }
}

export function logEntry<K extends CheckEventType>(
  n: number,
  type: K,
  detail: BailCheckEventMap[K]['detail'],
  at: Date
): LogEntry {
  return {
    n,
    type,
    time: at.toLocaleTimeString('en-GB'),
    summary: summarise(type, detail),
    json: JSON.stringify(detail, null, 2)
  };
}

export interface LogHandlers {
  copy: (entry: LogEntry, shown: HTMLElement) => void;
  clear: () => void;
}

export function renderLog(entries: readonly LogEntry[], handlers: LogHandlers): TemplateResult {
  return html`
    <p>
      Every event the element fired, newest first. Open an entry to read its <code>detail</code> as the host receives
      it.
    </p>
    <div class="button-row">
      <button type="button" @click=${handlers.clear} ?disabled=${!entries.length}>Clear the log</button>
    </div>
    <ol class="event-log" reversed>
      ${repeat(
        [...entries].reverse(),
        e => e.n,
        e => html`
          <li class="log-entry log-${e.type}" data-event=${e.type}>
            <details>
              <summary>
                <span class="log-n">#${e.n}</span> <code class="log-type">${e.type}</code>
                <span class="log-time">${e.time}</span> <span class="log-summary">${e.summary}</span>
              </summary>
              <pre
                class="json"
                id=${`event-json-${e.n}`}
                tabindex="0"
                aria-label=${`Detail of event ${e.n}, ${e.type}`}
              >
${e.json}</pre>
            </details>
            <button
              type="button"
              class="log-copy"
              aria-label=${`Copy JSON of event ${e.n}, ${e.type}`}
              @click=${(ev: Event) => {
                const li = (ev.currentTarget as HTMLElement).closest('li');
                const pre = li?.querySelector('pre');
                if (pre) handlers.copy(e, pre);
              }}
            >
              Copy JSON
            </button>
          </li>
        `
      )}
    </ol>
  `;
}
