/** What "Paste as new article" reads: the clipboard's HTML and plain text, or plain text where the browser allows only that. */
export async function readClipboard(): Promise<{ readonly html?: string; readonly text: string }> {
  let html: string | undefined;
  let text = '';
  try {
    for (const item of await navigator.clipboard.read()) {
      if (item.types.includes('text/html')) html = await (await item.getType('text/html')).text();
      if (item.types.includes('text/plain')) text = await (await item.getType('text/plain')).text();
    }
  } catch {
    text = await navigator.clipboard.readText().catch(() => '');
  }
  return html === undefined ? { text } : { html, text };
}
