"use client";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import styles from "./menu.module.css";

export type TMenuItem = { label: string; shortcut?: string; onSelect: () => void; isDisabled?: boolean } | "separator";

type TMenuProps = {
  /** The button's accessible name. */
  label: string;
  /** What the button shows (an icon, or text). */
  trigger: ReactNode;
  items: TMenuItem[];
  triggerClassName?: string;
};

/** A button that opens a short list of commands; arrows move, Enter picks, Escape closes. */
export function Menu({ label, trigger, items, triggerClassName }: TMenuProps) {
  const [isOpen, setIsOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!isOpen) return;
    rootRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
    function onPointerDown(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setIsOpen(false);
    }
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [isOpen]);

  function close() {
    setIsOpen(false);
    buttonRef.current?.focus();
  }

  function onKeyDown(event: React.KeyboardEvent) {
    event.stopPropagation();
    const entries = [...(rootRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];
    const index = entries.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === "Escape") close();
    else if (event.key === "ArrowDown") entries[(index + 1) % entries.length]?.focus();
    else if (event.key === "ArrowUp") entries[(index - 1 + entries.length) % entries.length]?.focus();
    else if (event.key === "Tab") setIsOpen(false);
    else return;
    event.preventDefault();
  }

  return (
    <div className={styles.root} ref={rootRef} onKeyDown={isOpen ? onKeyDown : undefined}>
      <button
        ref={buttonRef}
        type="button"
        className={triggerClassName}
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? menuId : undefined}
        onClick={() => setIsOpen((open) => !open)}
      >
        {trigger}
      </button>
      {isOpen && (
        <div className={styles.menu} role="menu" id={menuId} aria-label={label}>
          {items.map((item, index) =>
            item === "separator" ? (
              <div key={`separator-${index}`} className={styles.separator} role="separator" />
            ) : (
              <button
                key={item.label}
                type="button"
                role="menuitem"
                className={styles.item}
                disabled={item.isDisabled}
                onClick={() => {
                  close();
                  item.onSelect();
                }}
              >
                <span>{item.label}</span>
                {item.shortcut && <kbd className={styles.shortcut}>{item.shortcut}</kbd>}
              </button>
            ),
          )}
        </div>
      )}
    </div>
  );
}
