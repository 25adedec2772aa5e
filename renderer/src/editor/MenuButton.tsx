import { useEffect, useRef, useState, type ReactNode } from 'react';
import { MenuList, type MenuItem } from './MenuList';

export type { MenuItem } from './MenuList';

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

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOutside);
    return () => document.removeEventListener('mousedown', closeOutside);
  }, [open]);

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
        <MenuList
          items={items}
          onClose={() => setOpen(false)}
          onEscape={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </div>
  );
}
