import type { CSSProperties, ReactNode, RefObject } from 'react';
import type { CloseControls, CloseInfo, CloseState } from '../core/close-state.js';
import type { DetailLine, Translate } from './close-details.js';
import type { CloseOverlayClassNames } from './close-overlay-context.js';
import type { OverlayLocaleOptions } from './overlay-messages.js';
import type { CloseOverlayTheme } from './overlay-theme.js';
import type { OverlayAction, OverlayView } from './overlay-view.js';

/** A close state with the controls the buttons call (what `useArcwareCloseState` returns). */
export type CloseOverlayState = CloseState & Partial<CloseControls>;

/**
 * Called before an action runs; return `false` to replace the built-in behaviour (for a link,
 * this also prevents the navigation). Any other return value lets it run.
 */
export type CloseOverlayActionHandler = (
  action: OverlayAction,
  close: CloseInfo,
) => boolean | void | undefined;

/** One action as a custom body renders it. */
export interface CloseOverlayRenderAction {
  action: OverlayAction;
  /** The localized label. */
  label: string;
  /** Runs the action as the built-in button would (through `onAction`). */
  run(): void;
}

/** What a `children` render function receives to draw a fully custom body. */
export interface CloseOverlayRenderProps {
  state: CloseOverlayState;
  close: CloseInfo;
  view: OverlayView;
  title: string;
  description: string;
  actions: readonly CloseOverlayRenderAction[];
  details: readonly DetailLine[];
  /** The overlay's message lookup, for any other text. */
  t: Translate;
}

/** Props of `<CloseOverlayRoot>`: everything but the stream. */
export interface CloseOverlayRootProps extends OverlayLocaleOptions {
  /** The close state to show, usually `useArcwareCloseState(ps)`. */
  state: CloseOverlayState;
  /** Support link: only `https:`, `mailto:` (details prefilled) and `tel:` are shown. */
  supportHref?: string;
  /** Called by a "Contact support" button when there is no `supportHref`. */
  onContactSupport?: (close: CloseInfo) => void;
  /** Observes every action, or replaces it by returning `false`. */
  onAction?: CloseOverlayActionHandler;
  /** Colours, radius, font, backdrop, z-index and colour scheme as CSS custom properties. */
  theme?: CloseOverlayTheme;
  /** Extra class names per part, merged with `clsx`. */
  classNames?: CloseOverlayClassNames;
  /** Drops the default class names so none of the stylesheet applies. */
  unstyled?: boolean;
  /** Cover the whole page, trap focus and make the rest inert, instead of the stream's container. */
  modal?: boolean;
  /** The stream's container, for the focus rule; defaults to the overlay's parent element. */
  containerRef?: RefObject<HTMLElement | null>;
  /** The clock the countdown reads (epoch ms); `Date.now` by default. */
  now?: () => number;
  /** Class name for the root, after `classNames.root`. */
  className?: string;
  /** Inline style for the root, applied over the theme's custom properties. */
  style?: CSSProperties;
  /** Parts to recompose the body, or a render function for a fully custom one. */
  children?: ReactNode | ((props: CloseOverlayRenderProps) => ReactNode);
}
