import { useEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Focusable elements inside the overlay, in tab order. */
function tabbables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (element) =>
      !element.closest('[inert], details:not([open]) > :not(summary)') &&
      (typeof element.checkVisibility === 'function'
        ? element.checkVisibility({ visibilityProperty: true })
        : element.getClientRects().length > 0),
  );
}

/** The element focus moves to: the primary action, or the overlay itself. */
function focusTarget(root: HTMLElement): HTMLElement {
  return root.querySelector<HTMLElement>('[data-variant="primary"]') ?? root;
}

/** Marks every other child of `<body>` inert and returns how to undo it. */
function inertOthers(root: HTMLElement): () => void {
  const changed: Element[] = [];
  for (const element of Array.from(document.body.children)) {
    if (element.contains(root) || element.hasAttribute('inert')) continue;
    element.setAttribute('inert', '');
    changed.push(element);
  }
  return () => changed.forEach((element) => element.removeAttribute('inert'));
}

/** Options of `useOverlayFocus`. */
export interface OverlayFocusOptions {
  /** Page-modal: always take focus, trap it, make the rest of the page inert. */
  modal: boolean;
  /** The stream's container; defaults to the overlay's parent element. */
  containerRef?: RefObject<HTMLElement | null> | undefined;
  /** Changes when the shown actions change, so a vanished focused button hands focus on. */
  actionsKey: string;
  /** False while the element is not in the page yet (a modal waits for hydration to portal). */
  present: boolean;
}

/** Handlers the overlay's root element needs. */
export interface OverlayFocusHandlers {
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  onFocus(): void;
  onBlur(event: FocusEvent<HTMLElement>): void;
}

/**
 * Moves focus to the primary action when the overlay appears while focus is in the stream's
 * container (always when modal), restores it when the overlay goes, and traps Tab when modal.
 */
export function useOverlayFocus(
  rootRef: RefObject<HTMLElement | null>,
  { modal, containerRef, actionsKey, present }: OverlayFocusOptions,
): OverlayFocusHandlers {
  const focusWithin = useRef(false);
  useEffect(() => {
    const root = rootRef.current;
    if (!root || !present) return undefined;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const container = containerRef?.current ?? root.parentElement;
    const take = modal || (previous !== null && !!container?.contains(previous));
    const restoreInert = modal ? inertOthers(root) : null;
    if (take) focusTarget(root).focus();
    return () => {
      restoreInert?.();
      const active = document.activeElement;
      const lost = !active || active === document.body || root.contains(active);
      if (take && lost && previous?.isConnected) previous.focus();
    };
  }, [rootRef, containerRef, modal, present]);

  useEffect(() => {
    const root = rootRef.current;
    // The focused action was replaced (Reconnect became Cancel): hand focus to the new primary.
    if (root && focusWithin.current && document.activeElement === document.body) {
      focusTarget(root).focus();
    }
  }, [rootRef, actionsKey]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const root = rootRef.current;
    if (!modal || event.key !== 'Tab' || !root) return;
    const items = tabbables(root);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    if (event.shiftKey && (document.activeElement === first || document.activeElement === root)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  const onFocus = () => {
    focusWithin.current = true;
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && !event.currentTarget.contains(next)) focusWithin.current = false;
  };
  return { onKeyDown, onFocus, onBlur };
}
