/**
 * Drop-down menus are <details> elements (keyboard-usable without script). This adds what users
 * expect of a menu on top: Escape closes it and returns focus to its button; a click elsewhere closes it.
 */
import { useEffect } from 'react';

const MENUS = 'details.multi[open], details.more[open], details.actions[open]';

export function useMenuDismissal(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const open = [...document.querySelectorAll<HTMLDetailsElement>(MENUS)];
      const innermost = open.at(-1);
      if (!innermost) return;
      innermost.open = false;
      innermost.querySelector('summary')?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      for (const menu of document.querySelectorAll<HTMLDetailsElement>(MENUS)) {
        if (!menu.contains(event.target as Node)) menu.open = false;
      }
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, []);
}
