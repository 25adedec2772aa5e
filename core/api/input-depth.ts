/** How deeply arrays and objects nest in untrusted input, counted without recursion so a hostile depth cannot overflow the stack. */
export function inputDepth(value: unknown): number {
  let deepest = 0;
  const pending: Array<readonly [unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Array.isArray(current) ? current : Object.values(current)) pending.push([child, depth + 1]);
  }
  return deepest;
}
