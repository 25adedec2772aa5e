/** The first limit items in the order compare gives, without sorting all of them: a search over 10,000 articles shows 20 to 100. */
export function topRanked<Item>(items: readonly Item[], limit: number, compare: (first: Item, second: Item) => number): Item[] {
  if (items.length <= limit * 4) return [...items].sort(compare).slice(0, limit);
  const best: Item[] = [];
  for (const item of items) {
    if (best.length === limit && compare(item, best[limit - 1]!) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(item, best[middle]!) < 0) high = middle;
      else low = middle + 1;
    }
    best.splice(low, 0, item);
    if (best.length > limit) best.pop();
  }
  return best;
}
