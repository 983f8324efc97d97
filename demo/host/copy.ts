// Copy to the clipboard, or, where the browser refuses (no permission, an insecure origin), select the
// text so the trainer can press Ctrl+C.
export type CopyOutcome = 'copied' | 'selected';

export async function copyText(text: string, shown: HTMLElement): Promise<CopyOutcome> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    const details = shown.closest('details');
    if (details) details.open = true;
    const range = document.createRange();
    range.selectNodeContents(shown);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    shown.focus();
    return 'selected';
  }
}

export function copyMessage(outcome: CopyOutcome, what: string): string {
  return outcome === 'copied'
    ? `Copied ${what} to the clipboard.`
    : `This browser did not allow copying, so ${what} is selected: press Ctrl+C (or Cmd+C) to copy it.`;
}
