import { RefObject, useEffect, useRef, useState } from 'react';

/** Which form is open on a page: one at a time, named by the command and, for a listed entity's, its id. */
export interface OpenForm {
  open: string | null;
  toggle: (name: string | null) => void;
  reload: () => void;
}

/**
 * One open form per page, and where focus goes when it closes. Put `view` on the page's element and
 * `keepFocus` on its onPointerDown. `reload` fetches the page's data anew (after a conflict).
 */
export function useOpenForms(reload: () => void) {
  const [open, setOpen] = useState<string | null>(null);
  const view = useRef<HTMLDivElement>(null);
  const closed = useRef<string | null>(null);
  const forms: OpenForm = {
    open,
    toggle: (name) => {
      closed.current = name === null || name === open ? open : null;
      setOpen((current) => (current === name ? null : name));
    },
    reload,
  };
  useFocusAfterClose(view, closed);
  // A pointer user chose where to be: focus is theirs until a form closes again.
  const keepFocus = () => (closed.current = null);
  return { forms, view, keepFocus };
}

/**
 * A form that closes takes the focused control with it, and so may the command's result (the
 * submit button once the plan is submitted): keyboard users would start over at the top of the
 * page. Focus goes back to the button that opened the form (`data-opens`), or to the page's
 * heading when the new state has no such button.
 */
function useFocusAfterClose(view: RefObject<HTMLDivElement | null>, closed: RefObject<string | null>) {
  useEffect(() => {
    const name = closed.current;
    const active = document.activeElement;
    if (!name || !view.current || (active && active !== document.body && active.isConnected)) return;
    const target =
      view.current.querySelector<HTMLElement>(`[data-opens="${CSS.escape(name)}"]`) ??
      view.current.querySelector<HTMLElement>('h1');
    if (target?.tagName === 'H1') target.setAttribute('tabindex', '-1');
    target?.focus();
  });
}
