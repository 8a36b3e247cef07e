'use client';
import type { IdleWarningOptions } from '../core/idle-store.js';
import type { StartupStoreOptions } from '../core/startup-store.js';
import type { CloseStream } from '../core/stream-types.js';
import {
  useArcwareCloseState,
  type ArcwareCloseOptions,
} from '../react/use-arcware-close-state.js';
import { useArcwareIdleWarning } from '../react/use-arcware-idle-warning.js';
import { useArcwareStartupState } from '../react/use-arcware-startup-state.js';
import type { CloseOverlayClassNames } from './close-overlay-context.js';
import { CloseOverlayRoot } from './close-overlay-root.js';
import { overlayView } from './overlay-view.js';
import type { CloseOverlayRootProps } from './close-overlay-types.js';
import { IdleWarning, type IdleWarningClassNames } from './idle-warning.js';
import type { OverlayLocaleOptions } from './overlay-messages.js';
import { StartupOverlay, type StartupOverlayClassNames } from './startup-overlay.js';

/** Props of `<StreamOverlay>`: one stream, and the look and language of all three overlays. */
export interface StreamOverlayProps
  extends
    OverlayLocaleOptions,
    Pick<
      CloseOverlayRootProps,
      | 'theme'
      | 'unstyled'
      | 'containerRef'
      | 'supportHref'
      | 'onContactSupport'
      | 'onAction'
      | 'className'
      | 'style'
    > {
  /** The stream to follow (`null` while it does not exist yet). */
  pixelStreaming: CloseStream | null | undefined;
  /** Options for the close state (retries, policy, monitoring). */
  closeOptions?: ArcwareCloseOptions;
  /** Options for the start-up state (the watchdog). */
  startupOptions?: StartupStoreOptions;
  /** Options for the idle warning. */
  idleOptions?: IdleWarningOptions;
  /** Extra class names per part; each overlay takes the slots it has. */
  classNames?: CloseOverlayClassNames & StartupOverlayClassNames & IdleWarningClassNames;
}

/**
 * One overlay for the whole life of a stream: start-up until the first frame, the idle warning
 * before an idle kick, and the close. When they meet, the close wins over the idle warning, which
 * wins over start-up. Every follower of the stream shares one subscription.
 */
export function StreamOverlay(props: StreamOverlayProps) {
  const { pixelStreaming, closeOptions, startupOptions, idleOptions, ...rest } = props;
  const { supportHref, onContactSupport, onAction, ...look } = rest;
  const close = useArcwareCloseState(pixelStreaming, closeOptions);
  const idle = useArcwareIdleWarning(pixelStreaming, idleOptions);
  const startup = useArcwareStartupState(pixelStreaming, startupOptions);
  // The close overlay's own rule for when it shows (a transient close never does).
  if (overlayView(close, true)) {
    return (
      <CloseOverlayRoot
        {...look}
        supportHref={supportHref}
        onContactSupport={onContactSupport}
        onAction={onAction}
        state={close}
      />
    );
  }
  // Its options too: the countdown reads the clock `endsAt` was stamped with.
  if (idle.active) return <IdleWarning {...look} state={idle} options={idleOptions} />;
  return <StartupOverlay {...look} state={startup} />;
}
