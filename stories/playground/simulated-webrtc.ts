import type { ArcwarePixelStreaming } from '@arcware-cloud/pixelstreaming-websdk';
import {
  PlayStreamEvent,
  PlayStreamRejectedEvent,
  VideoInitializedEvent,
  WebRtcConnectedEvent,
  WebRtcSdpEvent,
} from '@epicgames-ps/lib-pixelstreamingfrontend-ue5.7';

/**
 * The WebRTC steps of a start-up, which no simulator can run (there is no streamer behind it):
 * the page dispatches Epic's own event classes on the stream, as the SDK would.
 */
export type SimulatedWebRtcStep =
  /** The offer is set and the peer connection is up, but no frame ever comes. */
  | 'negotiate'
  /** As `negotiate`, then the browser refuses to autoplay the video. */
  | 'refuse-autoplay'
  /** The first frame: the SDK reports its video initialized (once per connection). */
  | 'start-video'
  /**
   * The video plays after the viewer pressed Start. `play()` itself cannot succeed here (the
   * video element has no stream to play), so the playground reports the success Epic would.
   */
  | 'playback-started';

/** What each step is called in the timeline. */
export const SIMULATED_STEP_LABELS: Record<SimulatedWebRtcStep, string> = {
  negotiate: 'negotiated, no video',
  'refuse-autoplay': 'negotiated, autoplay refused',
  'start-video': 'first frame',
  'playback-started': 'playback started',
};

/**
 * Starts the SDK's idle (AFK) timer the way a finished WebRTC negotiation does: without it no
 * idle warning ever comes in the simulator. A stream torn down meanwhile throws; that is fine.
 */
function startIdleTimer(stream: ArcwarePixelStreaming): void {
  try {
    stream.webRtcController.afkController.startAfkWarningTimer();
  } catch {
    // No controller any more: the stream is going away.
  }
}

/** Plays one simulated WebRTC step on `stream`. */
export function simulateWebRtc(stream: ArcwarePixelStreaming, step: SimulatedWebRtcStep): void {
  if (step === 'start-video') {
    stream.dispatchEvent(new VideoInitializedEvent());
    startIdleTimer(stream);
    return;
  }
  if (step === 'playback-started') {
    stream.dispatchEvent(new PlayStreamEvent());
    return;
  }
  stream.dispatchEvent(new WebRtcSdpEvent());
  stream.dispatchEvent(new WebRtcConnectedEvent());
  if (step === 'refuse-autoplay') {
    stream.dispatchEvent(
      new PlayStreamRejectedEvent({ reason: new DOMException('Simulated', 'NotAllowedError') }),
    );
  }
}
