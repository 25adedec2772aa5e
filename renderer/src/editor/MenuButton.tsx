import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface MenuItem {
  readonly label: string;
  readonly run: () => void;
}

interface MenuButtonProps {
  readonly label: ReactNode;
  readonly items: readonly MenuItem[];
}

/**
 * A button with a drop-down menu that behaves as menus do: arrow keys, Home and End move through the
 * items, Escape closes it and returns to the button, a click elsewhere or Tab closes it.
 */
export function MenuButton({ label, items }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const itemElements = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(() => {
    if (!open) return;
    itemElements.current[0]?.focus();
    const closeOutside = (event: MouseEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOutside);
    return () => document.removeEventListener('mousedown', closeOutside);
  }, [open]);

  const focusItem = (index: number) => itemElements.current[(index + items.length) % items.length]?.focus();
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="tool-menu" ref={container}>
      <button
        ref={button}
        type="button"
        className="tool-button tool-button--text"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {label}
      </button>
      {open && (
        <div
          role="menu"
          className="tool-menu-list"
          onKeyDown={(event) => {
            const current = itemElements.current.indexOf(document.activeElement as HTMLButtonElement);
            switch (event.key) {
              case 'ArrowDown':
                event.preventDefault();
                return focusItem(current + 1);
              case 'ArrowUp':
                event.preventDefault();
                return focusItem(current - 1);
              case 'Home':
                event.preventDefault();
                return focusItem(0);
              case 'End':
                event.preventDefault();
                return focusItem(items.length - 1);
              case 'Escape':
                event.preventDefault();
                return close();
              case 'Tab':
                return setOpen(false);
            }
          }}
        >
          {items.map((item, index) => (
            <button
              key={item.label}
              ref={(element) => {
                itemElements.current[index] = element;
              }}
              role="menuitem"
              type="button"
              tabIndex={-1}
              onClick={() => {
                setOpen(false);
                item.run();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
