import { useEffect, useRef, type CSSProperties } from 'react';

export interface MenuItem {
  readonly label: string;
  readonly run: () => void;
  readonly disabled?: boolean;
  /** Starts a new group (a line above it). */
  readonly separated?: boolean;
}

interface MenuListProps {
  readonly items: readonly MenuItem[];
  readonly label?: string;
  readonly className?: string;
  readonly style?: CSSProperties;
  /** Escape: the caller returns focus where it came from. */
  readonly onEscape: () => void;
  /** Tab, or an item chosen. */
  readonly onClose: () => void;
}

/** A menu's list as menus behave: focused on its first item, arrow keys, Home and End move, Escape and Tab leave. */
export function MenuList({ items, label, className = 'tool-menu-list', style, onEscape, onClose }: MenuListProps) {
  const itemElements = useRef<Array<HTMLButtonElement | null>>([]);
  const enabled = items.map((item, index) => (item.disabled ? -1 : index)).filter((index) => index >= 0);
  const firstEnabled = enabled[0];

  useEffect(() => {
    if (firstEnabled !== undefined) itemElements.current[firstEnabled]?.focus();
  }, [firstEnabled]);

  const focusStep = (step: number) => {
    if (enabled.length === 0) return;
    const current = enabled.indexOf(itemElements.current.indexOf(document.activeElement as HTMLButtonElement));
    const next = current === -1 ? (step > 0 ? 0 : enabled.length - 1) : (current + step + enabled.length) % enabled.length;
    itemElements.current[enabled[next]!]?.focus();
  };

  return (
    <div
      role="menu"
      aria-label={label}
      className={className}
      style={style}
      onKeyDown={(event) => {
        switch (event.key) {
          case 'ArrowDown':
            event.preventDefault();
            return focusStep(1);
          case 'ArrowUp':
            event.preventDefault();
            return focusStep(-1);
          case 'Home':
            event.preventDefault();
            return enabled.length > 0 && itemElements.current[enabled[0]!]?.focus();
          case 'End':
            event.preventDefault();
            return enabled.length > 0 && itemElements.current[enabled.at(-1)!]?.focus();
          case 'Escape':
            event.preventDefault();
            return onEscape();
          case 'Tab':
            return onClose();
        }
      }}
    >
      {items.map((item, index) => (
        <button
          key={`${index}-${item.label}`}
          ref={(element) => {
            itemElements.current[index] = element;
          }}
          role="menuitem"
          type="button"
          tabIndex={-1}
          disabled={item.disabled}
          className={item.separated ? 'menu-item--separated' : undefined}
          onClick={() => {
            onClose();
            item.run();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
