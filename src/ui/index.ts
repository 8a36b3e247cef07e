export { CloseOverlay } from './close-overlay.js';
export type { CloseOverlayProps } from './close-overlay.js';
export { CloseOverlayRoot } from './close-overlay-root.js';
export {
  CloseOverlayAction,
  CloseOverlayActions,
  CloseOverlayDescription,
  CloseOverlayDetails,
  CloseOverlayStatus,
  CloseOverlayTitle,
} from './close-overlay-parts.js';
export type { CloseOverlayActionProps } from './close-overlay-parts.js';
export { useCloseOverlay } from './close-overlay-context.js';
export type {
  CloseOverlayClassNames,
  CloseOverlayContextValue,
  CloseOverlaySlot,
} from './close-overlay-context.js';
export type {
  CloseOverlayActionHandler,
  CloseOverlayRenderAction,
  CloseOverlayRenderProps,
  CloseOverlayRootProps,
  CloseOverlayState,
} from './close-overlay-types.js';
export type { DetailLine, Translate } from './close-details.js';
export type { HostTranslate, OverlayLocaleOptions } from './overlay-messages.js';
export type { CloseOverlayTheme, ColorScheme } from './overlay-theme.js';
export { overlayView } from './overlay-view.js';
export type { OverlayAction, OverlayPhase, OverlayView } from './overlay-view.js';
export { safeSupportHref } from './support-href.js';
export { StartupOverlay } from './startup-overlay.js';
export type {
  StartupOverlayClassNames,
  StartupOverlayProps,
  StartupOverlaySlot,
  StartupOverlayState,
} from './startup-overlay.js';
export type { StartupOverlayAction, StartupOverlayPhase } from './startup-view.js';
export { IdleWarning } from './idle-warning.js';
export type { IdleWarningClassNames, IdleWarningProps, IdleWarningSlot } from './idle-warning.js';
export { StreamOverlay } from './stream-overlay.js';
export type { StreamOverlayProps } from './stream-overlay.js';
