// The React 19 host: a custody system's bail-decision screen. Importing bail-safeguarding defines the element
// before anything renders, so React 19 sets `prefill` and `rulePack` as properties (the element has them) and
// attaches the on<event> props as event listeners. No wrapper component. Bundled by build.mjs.
import { Fragment, StrictMode, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'bail-safeguarding';
import type { BailCheckRecord } from 'bail-safeguarding/core';
import type { BailCheckReadyDetail, BailSafeguardingCheck } from 'bail-safeguarding/element';
import { custodyRecord, prefillFrom, stageOf, type CustodyRecord } from '../custody-record.js';
import { RECEIVED_LABELS, receivedFields } from '../show-record.js';
import type {} from './bail-safeguarding-check.jsx.js';

// The force's rule pack as the app loads it from its own API (here serving the default pack's file). Until it
// comes, the element runs on its bundled pack; a pack set later is taken up unless the officer has begun. The
// element validates it.
const RULE_PACK_URL = '/api/rule-pack';

function useRulePack(url: string): unknown {
  const [pack, setPack] = useState<unknown>();
  useEffect(() => {
    let current = true;
    fetch(url)
      .then(response => (response.ok ? response.json() : undefined))
      .then(json => current && setPack(json))
      .catch(() => {}); // no pack: the element keeps the bundled one
    return () => {
      current = false;
    };
  }, [url]);
  return pack;
}

function BailDecision({ custody }: { custody: CustodyRecord }) {
  const check = useRef<BailSafeguardingCheck>(null);
  // One prefill object per custody record: a new object on every render would be applied again each time.
  const prefill = useMemo(() => prefillFrom(custody), [custody]);
  const rulePack = useRulePack(RULE_PACK_URL);
  const [pack, setPack] = useState<BailCheckReadyDetail>();
  const [progress, setProgress] = useState<{ answered: number; total: number }>();
  const [record, setRecord] = useState<BailCheckRecord>();
  const [errors, setErrors] = useState<string[]>([]);

  const startAgain = () => {
    check.current?.reset();
    setRecord(undefined);
    setProgress(undefined);
  };

  return (
    <main>
      <header className="custody">
        <h1>Bail decision: custody record {custody.reference}</h1>
        <p>Fictional example. React 19 sets the element&apos;s properties and listens to its events.</p>
        {pack && (
          <p data-pack>
            Rules: {pack.rulePack.id} {pack.rulePack.version} (from the {pack.source})
          </p>
        )}
      </header>
      <bail-safeguarding-check
        ref={check}
        case-id={custody.reference}
        officer-id={custody.sergeant}
        stage={stageOf(custody)}
        prefill={prefill}
        rulePack={rulePack}
        onbail-check-ready={e => setPack(e.detail)}
        onbail-check-change={e => setProgress(e.detail.progress)}
        onbail-check-complete={e => setRecord(e.detail)}
        onbail-check-error={e => setErrors(all => [...all, e.detail.code])}
      />
      <p role="status" data-progress>
        {progress ? `${progress.answered} of ${progress.total} questions answered` : ''}
      </p>
      {errors.length > 0 && <p data-errors>Reported by the element: {errors.join(', ')}</p>}
      {record && <Received record={record} />}
      <button type="button" className="host" onClick={startAgain}>
        Start a new check
      </button>
    </main>
  );
}

function Received({ record }: { record: BailCheckRecord }) {
  const fields = receivedFields(record);
  return (
    <section className="received" data-received aria-labelledby="received-title">
      <h2 id="received-title">Added to the custody record</h2>
      <dl>
        {Object.entries(RECEIVED_LABELS).map(([field, label]) => (
          <Fragment key={field}>
            <dt>{label}</dt>
            <dd data-field={field}>{fields[field as keyof typeof RECEIVED_LABELS]}</dd>
          </Fragment>
        ))}
      </dl>
      <pre data-field="summaryText">{fields.summaryText}</pre>
    </section>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <BailDecision custody={custodyRecord} />
    </StrictMode>
  );
