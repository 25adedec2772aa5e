/** Turns straight double quotes into «» pairs; `open` carries the pairing across text pieces. */
export function guillemetQuotes(text: string, open = false): { readonly text: string; readonly open: boolean } {
  let isOpen = open;
  const converted = text.replace(/["“”]/g, () => {
    isOpen = !isOpen;
    return isOpen ? '«' : '»';
  });
  return { text: converted, open: isOpen };
}
