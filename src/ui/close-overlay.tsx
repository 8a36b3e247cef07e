'use client';
import {
  useArcwareCloseState,
  type ArcwareCloseOptions,
} from '../react/use-arcware-close-state.js';
import { CloseOverlayRoot } from './close-overlay-root.js';
import type { CloseOverlayRootProps, CloseOverlayState } from './close-overlay-types.js';

/** Props of `<CloseOverlay>`: a stream to follow, or a state shared with the host. */
export interface CloseOverlayProps extends Omit<CloseOverlayRootProps, 'state'> {
  /** The close state to show; when given, `pixelStreaming` and `options` are ignored. */
  state?: CloseOverlayState;
  /** The stream to follow with `useArcwareCloseState` when no `state` is given. */
  pixelStreaming?: Parameters<typeof useArcwareCloseState>[0];
  /** Options for the built-in `useArcwareCloseState`. */
  options?: ArcwareCloseOptions;
}

function FollowedCloseOverlay({ pixelStreaming, options, ...rest }: CloseOverlayProps) {
  const state = useArcwareCloseState(pixelStreaming, options);
  return <CloseOverlayRoot {...rest} state={state} />;
}

/**
 * Shows a viewer why the stream stopped and what they can do, in their language.
 * `<CloseOverlay pixelStreaming={ps} />` follows the stream itself;
 * `<CloseOverlay state={useArcwareCloseState(ps)} />` shares the host's state.
 */
export function CloseOverlay(props: CloseOverlayProps) {
  if (props.state) {
    return <CloseOverlayRoot {...props} state={props.state} />;
  }
  return <FollowedCloseOverlay {...props} />;
}
