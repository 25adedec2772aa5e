/** TipTap's rendered attributes without the node's own data attributes, which the markup writes itself. */
export function withoutNodeAttributes(attributes: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).filter(([name]) => !names.includes(name)));
}
