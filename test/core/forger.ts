// What a forger has without any key: DESIGN.md's canonical JSON and SHA-256, written independently of the core,
// so a changed record can be given a hash that holds.

/** Canonical JSON as DESIGN.md states it (keys sorted, no whitespace). */
export const canonical = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(canonical).join(',')}]`
    : v !== null && typeof v === 'object'
      ? `{${Object.keys(v)
          .sort()
          .map(k => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(v);

export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map(b => b.toString(16).padStart(2, '0')).join('');
}

/** A copy of the changed record with its hash made again over everything but `integrity` and `seal`. */
export async function rehash<T extends object>(record: T): Promise<T> {
  const rest = { ...record } as Record<string, unknown>;
  delete rest.integrity;
  delete rest.seal;
  return { ...record, integrity: { algorithm: 'SHA-256', hash: await sha256(canonical(rest)) } };
}
