import type { Transaction } from '@tiptap/pm/state';

/** The stretches of the new document a transaction's steps touched, in its final positions. */
export function changedRanges(transaction: Transaction): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  transaction.mapping.maps.forEach((map, index) => {
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      const rest = transaction.mapping.slice(index + 1);
      ranges.push([rest.map(newStart, -1), rest.map(newEnd, 1)]);
    });
  });
  return ranges;
}
