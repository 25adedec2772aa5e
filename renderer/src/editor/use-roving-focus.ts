import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

/** Its own buttons, not those of a menu open inside it. */
const ownButtons = (container: HTMLElement): HTMLButtonElement[] =>
  [...container.querySelectorAll<HTMLButtonElement>('button:not([disabled])')].filter((button) => !button.closest('[role="menu"]'));

/**
 * Makes a toolbar one Tab stop, as the WAI-ARIA toolbar pattern has it: the arrow keys move between
 * its buttons in the direction it is laid out (Left goes on in Arabic), Home and End to its ends, and
 * Tab leaves it from the button used last. Returns the toolbar's keydown handler and focus handler.
 */
export function useRovingFocus(container: RefObject<HTMLElement | null>): {
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  readonly onFocus: (event: FocusEvent<HTMLElement>) => void;
} {
  const current = useRef<HTMLButtonElement | null>(null);

  const assignStop = () => {
    const element = container.current;
    if (!element) return;
    const buttons = ownButtons(element);
    const stop = current.current && buttons.includes(current.current) ? current.current : buttons[0];
    for (const button of buttons) button.tabIndex = button === stop ? 0 : -1;
  };

  // After each render: a button shown, hidden or disabled since (undo before any typing) changes the stop.
  useLayoutEffect(assignStop);

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    if (!(event.target instanceof HTMLButtonElement) || event.target.closest('[role="menu"]')) return;
    current.current = event.target;
    assignStop();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const element = container.current;
    if (!element || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (!(event.target instanceof HTMLButtonElement) || event.target.closest('[role="menu"]')) return;
    const buttons = ownButtons(element);
    const at = buttons.indexOf(event.target);
    if (at === -1) return;
    const forward = getComputedStyle(element).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const next =
      event.key === forward ? (at + 1) % buttons.length
      : event.key === backward ? (at - 1 + buttons.length) % buttons.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? buttons.length - 1
      : undefined;
    if (next === undefined) return;
    event.preventDefault();
    buttons[next]?.focus();
  };

  return { onKeyDown, onFocus };
}
