// Instruments for the robustness tests: each counts what a page would otherwise hide (live timers, listeners on
// window and document, open IndexedDB connections, network requests, console output, uncaught errors) and
// hands it back to the test. Each `watch…` wraps the page's own functions and `stop()` puts them back.
/** Set by test/robustness/fuzz.config.mjs (`npm run test:fuzz`); absent in the normal suite. */
const long = (globalThis as { BSC_FUZZ?: { packs: number; mounts: number; seed?: number } }).BSC_FUZZ;

/** How many mutated packs the fuzz tests try: small in the suite, large with `npm run test:fuzz`. */
export const FUZZ = { packs: long?.packs ?? 300, mounts: long?.mounts ?? 30, seed: long?.seed };

/** The test server under the other host name: the same server, another origin. */
export const otherOrigin = () =>
  `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

export const tick = (ms = 0) => new Promise(resolve => setTimeout(resolve, ms));

/** Replaces `obj[key]` with `make(original)` until the returned function is called. */
function patch<T extends object, K extends keyof T>(obj: T, key: K, make: (original: T[K]) => T[K]): () => void {
  const had = Object.hasOwn(obj, key);
  const original = obj[key];
  obj[key] = make(original);
  return () => {
    if (had) obj[key] = original;
    else delete obj[key];
  };
}

/** Live timeouts (set, neither fired nor cleared) and intervals (set, not cleared). */
export function watchTimers() {
  const timeouts = new Set<number>();
  const intervals = new Set<number>();
  const w = window as unknown as Record<string, (...args: unknown[]) => number>;
  const undo = [
    patch(w, 'setTimeout', set => (handler: unknown, ...rest: unknown[]) => {
      const id: number = set(
        typeof handler === 'function'
          ? (...args: unknown[]) => {
              timeouts.delete(id);
              return (handler as (...a: unknown[]) => unknown)(...args);
            }
          : handler,
        ...rest
      );
      timeouts.add(id);
      return id;
    }),
    patch(w, 'clearTimeout', clear => (id: unknown) => (timeouts.delete(id as number), clear(id))),
    patch(w, 'setInterval', set => (...args: unknown[]) => {
      const id = set(...args);
      intervals.add(id);
      return id;
    }),
    patch(w, 'clearInterval', clear => (id: unknown) => (intervals.delete(id as number), clear(id)))
  ];
  return {
    live: () => ({ timeouts: timeouts.size, intervals: intervals.size }),
    stop: () => undo.reverse().forEach(u => u())
  };
}

/** Listeners on window and document that were added and not removed (by type, listener and capture). */
export function watchListeners() {
  const live = new Map<EventTarget, Set<string>>([
    [window, new Set()],
    [document, new Set()]
  ]);
  const ids = new WeakMap<object, number>();
  let next = 0;
  const key = (type: string, listener: unknown, options: unknown) => {
    const fn = (listener ?? {}) as object;
    if (!ids.has(fn)) ids.set(fn, next++);
    const capture = typeof options === 'boolean' ? options : !!(options as { capture?: boolean } | undefined)?.capture;
    return `${type}/${ids.get(fn)}/${capture}`;
  };
  const proto = EventTarget.prototype;
  const undo = [
    patch(
      proto,
      'addEventListener',
      add =>
        function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
          const once = typeof options === 'object' && !!(options as { once?: boolean } | null)?.once;
          if (!once) live.get(this)?.add(key(type, listener, options));
          return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
        }
    ),
    patch(
      proto,
      'removeEventListener',
      remove =>
        function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
          live.get(this)?.delete(key(type, listener, options));
          return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
        }
    )
  ];
  return {
    live: () => live.get(window)!.size + live.get(document)!.size,
    stop: () => undo.reverse().forEach(u => u())
  };
}

/** IndexedDB connections opened through `indexedDB.open` and not yet closed (by close() or by the browser). */
export function watchIndexedDb() {
  let opened = 0;
  let closed = 0;
  const undo = patch(
    indexedDB,
    'open',
    open =>
      function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
        const request = open.apply(this, args);
        request.addEventListener('success', () => {
          const db = request.result;
          opened++;
          let done = false;
          const close = () => {
            if (!done) closed++;
            done = true;
          };
          const original = db.close.bind(db);
          db.close = () => (close(), original());
          db.addEventListener('close', close);
        });
        return request;
      }
  );
  return { open: () => opened - closed, opened: () => opened, stop: undo };
}

/** Every request the page makes: what fetch, XHR, sendBeacon, WebSocket, EventSource and img src ask for, and every resource timing entry. */
export function watchNetwork() {
  const calls: string[] = [];
  const resources: string[] = [];
  const record = (url: unknown) => void calls.push(String(url instanceof Request ? url.url : url));
  const observer = new PerformanceObserver(list => list.getEntries().forEach(e => resources.push(e.name)));
  observer.observe({ type: 'resource' });
  const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!;
  const w = window as unknown as Record<string, unknown>;
  const undo = [
    patch(
      w,
      'fetch',
      f => (input: unknown, init?: unknown) => (
        record(input),
        (f as typeof fetch)(input as string, init as RequestInit)
      )
    ),
    patch(
      XMLHttpRequest.prototype,
      'open',
      open =>
        function (this: XMLHttpRequest, ...args: unknown[]) {
          record(args[1]);
          return (open as (...a: unknown[]) => void).apply(this, args);
        }
    ),
    patch(
      navigator,
      'sendBeacon',
      send => (url: string | URL, data?: BodyInit | null) => (record(url), send.call(navigator, url, data))
    ),
    ...(['WebSocket', 'EventSource'] as const).map(name =>
      patch(
        w,
        name,
        () =>
          function (url: unknown) {
            record(url);
            throw new Error(`${name} refused by the test`);
          }
      )
    )
  ];
  Object.defineProperty(HTMLImageElement.prototype, 'src', {
    ...src,
    set(this: HTMLImageElement, value: string) {
      record(value);
      src.set!.call(this, value);
    }
  });
  return {
    /** Everything asked for so far, by any route, as absolute URLs. */
    requests: () => [...new Set([...calls.map(u => new URL(u, location.href).href), ...resources])],
    stop() {
      observer.disconnect();
      undo.reverse().forEach(u => u());
      Object.defineProperty(HTMLImageElement.prototype, 'src', src);
    }
  };
}

const CONSOLE = [
  'log',
  'info',
  'debug',
  'warn',
  'error',
  'trace',
  'dir',
  'dirxml',
  'table',
  'group',
  'assert'
] as const;

/** Every call to a console method, with its arguments. */
export function watchConsole() {
  const calls: { method: string; args: unknown[] }[] = [];
  const c = console as unknown as Record<string, (...args: unknown[]) => void>;
  const undo = CONSOLE.map(method =>
    patch(
      c,
      method,
      () =>
        (...args: unknown[]) =>
          void calls.push({ method, args })
    )
  );
  return { calls, stop: () => undo.reverse().forEach(u => u()) };
}

/** Uncaught exceptions and unhandled rejections anywhere in the page. */
export function watchUncaught() {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  };
}

/** Every database of this origin and every record in each of its stores, as JSON text. */
export async function everythingStored(): Promise<string> {
  const names = (await indexedDB.databases()).map(d => d.name!).filter(Boolean);
  const out: Record<string, Record<string, unknown[]>> = {};
  for (const name of names) {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      out[name] = {};
      for (const store of db.objectStoreNames) {
        const all = db.transaction(store).objectStore(store).getAll();
        out[name][store] = await new Promise((resolve, reject) => {
          all.onsuccess = () => resolve(all.result as unknown[]);
          all.onerror = () => reject(all.error);
        });
      }
    } finally {
      db.close();
    }
  }
  return JSON.stringify(out);
}
