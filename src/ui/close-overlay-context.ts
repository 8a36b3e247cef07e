import { createContext, useContext } from 'react';
import type { CloseState } from '../core/close-state.js';
import type { Translate } from './close-details.js';
import type { OverlayAction, OverlayView } from './overlay-view.js';

/** The parts a host can style through `classNames`. */
export type CloseOverlaySlot =
  | 'root'
  | 'panel'
  | 'title'
  | 'description'
  | 'status'
  | 'actions'
  | 'action'
  | 'details'
  | 'summary'
  | 'copy';

/** Extra class names per part, merged with the defaults (which `unstyled` drops). */
export type CloseOverlayClassNames = Partial<Record<CloseOverlaySlot, string>>;

/** What every part reads from the overlay around it. */
export interface CloseOverlayContextValue {
  view: OverlayView;
  state: CloseState;
  t: Translate;
  /** Tag used for `lang` and `Intl` formatting. */
  lang: string;
  ids: { title: string; description: string };
  /** Class names for a part: the default (unless unstyled), the slot's, and the part's own. */
  classFor(slot: CloseOverlaySlot, own?: string): string | undefined;
  /** The validated support link, prefilled when it is `mailto:`; `null` when there is none. */
  supportHref: string | null;
  /** Runs an action through `onAction`; returns false when the host replaced it. */
  run(action: OverlayAction): boolean;
  /** The clock the countdown reads. */
  now: () => number;
}

/** `data-*` attributes every part carries, for host CSS. */
export function dataAttributes(view: OverlayView): Record<string, string> {
  return {
    'data-status': view.status,
    'data-category': view.category,
    'data-code': Number.isInteger(view.close.code) ? String(view.close.code) : 'none',
    'data-severity': view.severity,
  };
}

/** The overlay its parts read; `.Provider` is read where used, so bundles without it drop this. */
export const CloseOverlayContext = /* @__PURE__ */ createContext<CloseOverlayContextValue | null>(
  null,
);

/** The overlay a part sits in; parts used outside `<CloseOverlay>` render nothing. */
export function useCloseOverlay(): CloseOverlayContextValue | null {
  return useContext(CloseOverlayContext);
}
