import type { MouseEvent } from 'react';

/**
 * A click handler that leaves out the later clicks of a double click. After such a button acts,
 * what lies under the pointer is often another row's button or the next step's (the next story's
 * trash icon, "back to draft" after "send to review"), which the second click would press too; a click
 * from the keyboard (detail 0) always counts.
 */
export function firstClickOnly<Target extends Element>(action: (event: MouseEvent<Target>) => void): (event: MouseEvent<Target>) => void {
  return (event) => {
    if (event.detail > 1) return;
    action(event);
  };
}
