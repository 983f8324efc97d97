// The documented shortcuts, read from keydown events that reach the element (so only while focus is inside
// it: a host page's keys are never taken). Letters are ignored while the officer is typing.

export type KeyIntent = { answer: string } | { option: number } | 'back' | 'continue' | 'copy';

export function keyIntent(e: KeyboardEvent, target: Element): KeyIntent | undefined {
  const typing = target.matches('textarea:not([readonly]), input:not([type=radio])');
  if (e.key === 'Enter' && typing)
    return e.ctrlKey && target.matches('textarea:not([readonly])') ? 'continue' : undefined;
  if (typing || e.ctrlKey || e.metaKey || e.isComposing) return;
  if (e.altKey) return e.key === 'Backspace' ? 'back' : undefined;
  if (e.key === 'Enter') return target.matches('button, a, summary') ? undefined : 'continue';
  if (e.repeat) return;
  const key = e.key.toLowerCase();
  if (key === 'y') return { answer: 'yes' };
  if (key === 'n') return { answer: 'no' };
  if (key === 'k') return { answer: 'unknown' };
  if (key === 'c') return 'copy';
  if (/^[1-9]$/.test(key)) return { option: Number(key) };
  return;
}
