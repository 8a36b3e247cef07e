import { ArcwareConfig, ArcwarePixelStreaming } from '@arcware-cloud/pixelstreaming-websdk';

/** Where the playground's stream connects: the local simulator, or Arcware Cloud. */
export type StreamTarget =
  { kind: 'simulator'; signallingUrl: string } | { kind: 'cloud'; shareId: string };

/** A real share id from the environment; the playground then streams from Arcware Cloud. */
export function cloudShareId(): string | null {
  const id = import.meta.env.STORYBOOK_ARCWARE_SHARE_ID;
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : null;
}

/** A real `ArcwarePixelStreaming` for `target`, its video inside `parent`; not yet connected. */
export function createPlaygroundStream(
  target: StreamTarget,
  parent: HTMLElement,
): ArcwarePixelStreaming {
  // A session stored by an earlier visit would make the first connection a resume (`&r=true`).
  ArcwarePixelStreaming.clearSessionId();
  const config =
    target.kind === 'simulator'
      ? new ArcwareConfig({
          // KeepaliveDelay 0: the simulator does not answer the SDK's keepalive pings.
          initialSettings: { ss: target.signallingUrl, KeepaliveDelay: 0 },
          settings: { shareId: 'share-playground' },
        })
      : new ArcwareConfig({ settings: { shareId: target.shareId } });
  return new ArcwarePixelStreaming(config, { videoElementParent: parent });
}
