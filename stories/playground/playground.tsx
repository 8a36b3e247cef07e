import { WebsocketState, type ArcwarePixelStreaming } from '@arcware-cloud/pixelstreaming-websdk';
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { SimulatorCommand, SimulatorStatus } from '../../.storybook/simulator/protocol.js';
import { useStoryGlobals } from '../../.storybook/story-globals.js';
import {
  useArcwareCloseState,
  type ArcwareCloseOptions,
} from '../../src/react/use-arcware-close-state.js';
import { useArcwareIdleWarning } from '../../src/react/use-arcware-idle-warning.js';
import { useArcwareStartupState } from '../../src/react/use-arcware-startup-state.js';
import { StreamOverlay } from '../../src/ui/stream-overlay.js';
import { ControlPanel } from './control-panel.js';
import { cloudShareId, createPlaygroundStream, type StreamTarget } from './create-stream.js';
import { setPageOffline } from './simulated-network.js';
import {
  SIMULATED_STEP_LABELS,
  simulateWebRtc,
  type SimulatedWebRtcStep,
} from './simulated-webrtc.js';
import {
  probeSimulator,
  sendSimulatorCommand,
  simulatorSignallingUrl,
} from './simulator-client.js';
import { TimelineList } from './timeline-list.js';
import {
  useIdleTimeline,
  useStartupTimeline,
  useStateTimeline,
  useTimelineLog,
} from './use-close-timeline.js';

/** Props of the live playground. */
export interface PlaygroundProps {
  /** Extra options for `useArcwareCloseState` (a scripted run pins `random`, for one). */
  closeOptions?: ArcwareCloseOptions;
}

type Target = StreamTarget | 'probing' | 'unavailable';

/**
 * The start-up watchdog's time here: seconds, not the default minute, so a start-up that never
 * gets its first frame shows as stalled while you watch. The simulator itself sends no video.
 */
export const PLAYGROUND_STALLED_AFTER_MS = 8_000;

/** This page's own socket, as the SDK reports it: the simulator's counts include other pages'. */
function socketLabel(stream: ArcwarePixelStreaming | null): string {
  if (!stream) return 'none';
  return WebsocketState[stream.websocketState]?.toLowerCase() ?? 'unknown';
}

/** Finds where to connect: Arcware Cloud with a share id from the environment, else the simulator. */
function useStreamTarget(): Target {
  const [target, setTarget] = useState<Target>(() => {
    const shareId = cloudShareId();
    return shareId ? { kind: 'cloud', shareId } : 'probing';
  });
  useEffect(() => {
    if (target !== 'probing') return undefined;
    let live = true;
    void probeSimulator().then((status) => {
      if (live)
        setTarget(
          status ? { kind: 'simulator', signallingUrl: simulatorSignallingUrl() } : 'unavailable',
        );
    });
    return () => {
      live = false;
    };
  }, [target]);
  return target;
}

/** The simulator's status, refreshed every second and after each command. */
function useSimulatorStatus(enabled: boolean) {
  const [status, setStatus] = useState<SimulatorStatus | null>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    const refresh = () => void probeSimulator().then((next) => live && setStatus(next));
    refresh();
    const id = setInterval(refresh, 1000);
    return () => {
      live = false;
      clearInterval(id);
    };
  }, [enabled]);
  return [status, setStatus] as const;
}

/** The real SDK, connected to the simulator (or Arcware Cloud), under the kit's overlay. */
export function Playground({ closeOptions }: PlaygroundProps) {
  const target = useStreamTarget();
  const videoRef = useRef<HTMLDivElement>(null);
  const [stream, setStream] = useState<ArcwarePixelStreaming | null>(null);
  const [offline, setOffline] = useState(false);
  const isSimulator = typeof target === 'object' && target.kind === 'simulator';
  const [simulator, setSimulator] = useSimulatorStatus(isSimulator);

  const globals = useStoryGlobals();
  const timeline = useTimelineLog();
  const { log } = timeline;
  // The overlay and the timeline follow one stream with the same options (they share one store).
  const sharedCloseOptions = useMemo<ArcwareCloseOptions>(
    () => ({ includeReason: true, backoff: { initialMs: 3_000 }, ...closeOptions }),
    [closeOptions],
  );
  const startupOptions = useMemo(() => ({ stalledAfterMs: PLAYGROUND_STALLED_AFTER_MS }), []);
  const state = useArcwareCloseState(stream, {
    ...sharedCloseOptions,
    onClose: timeline.onClose,
  });
  useStateTimeline(state, log);
  const startup = useArcwareStartupState(stream, startupOptions);
  useStartupTimeline(startup, log);
  const idle = useArcwareIdleWarning(stream);
  useIdleTimeline(stream, idle, log);

  /**
   * Logs the start-up overlay's buttons, which `<StreamOverlay>` runs itself. A refused autoplay's
   * Start cannot play here (no streamer, no video): report the success a real stream would have.
   */
  const onStageClick = (event: MouseEvent<HTMLElement>) => {
    const button = (event.target as Element).closest(
      '[data-arc-startup-overlay] button[data-action]',
    );
    const action = button?.getAttribute('data-action');
    if (!action) return;
    log('control', `Viewer chose ${action} (start-up)`);
    if (action === 'start' && isSimulator && stream) {
      // After the button's own handler has called `play()`.
      setTimeout(() => simulate('playback-started'));
    }
  };

  useEffect(() => {
    if (typeof target !== 'object' || !videoRef.current) return undefined;
    const ps = createPlaygroundStream(target, videoRef.current);
    setStream(ps);
    ps.connect();
    return () => {
      setStream(null);
      // Close the socket now: the next story must not find this one still open on the simulator.
      ps.disconnect();
      ps.removePlayer();
    };
  }, [target]);

  // Leaving the story must not leave the page believing it is offline.
  useEffect(() => () => setPageOffline(false), []);

  const send = (command: SimulatorCommand, label: string) => {
    timeline.log('control', `Simulator: ${label}`);
    sendSimulatorCommand(command).then(setSimulator, (error: unknown) =>
      timeline.log('control', `Simulator refused: ${String(error)}`),
    );
  };
  const simulate = (step: SimulatedWebRtcStep) => {
    timeline.log('control', `Simulated WebRTC: ${SIMULATED_STEP_LABELS[step]}`);
    if (stream) simulateWebRtc(stream, step);
  };
  const changeOffline = (next: boolean) => {
    setOffline(next);
    send({ command: next ? 'offline' : 'accept' }, next ? 'offline' : 'back online');
    setPageOffline(next);
  };

  if (target === 'probing') return <p role="status">Looking for the signalling simulator…</p>;
  if (target === 'unavailable') {
    return (
      <div role="note" className="playground-note" dir="ltr" lang="en">
        <h2>No signalling simulator here</h2>
        <p>
          This is a static build, or the simulator is not running. The live playground needs the dev
          server: run <code>npm start</code>. To watch a real Arcware stream instead, set{' '}
          <code>STORYBOOK_ARCWARE_SHARE_ID</code> to a share id before starting Storybook.
        </p>
      </div>
    );
  }

  return (
    // The playground's own chrome is English and left-to-right; only the overlay follows the toolbar.
    <div className="playground" dir="ltr" lang="en">
      <section className="stream-stage" aria-label="Stream" onClickCapture={onStageClick}>
        <div ref={videoRef} className="playground-video" />
        <StreamOverlay
          pixelStreaming={stream}
          locale={globals.locale}
          theme={globals.theme}
          closeOptions={sharedCloseOptions}
          startupOptions={startupOptions}
          supportHref="mailto:support@example.com"
          onAction={(action) => log('control', `Viewer chose ${action}`)}
        />
      </section>
      <p role="status" className="playground-status">
        {target.kind === 'cloud'
          ? `Streaming from Arcware Cloud, share ${target.shareId}.`
          : simulator
            ? `Simulator: ${simulator.open} open, ${simulator.accepted} accepted, ${simulator.refused} refused${simulator.offline ? ', offline' : ''}.`
            : 'Simulator: not answering.'}{' '}
        This page's socket: {socketLabel(stream)}. Overlay state: {state.status}. Start-up:{' '}
        {startup.phase}. Idle warning: {idle.active ? `${idle.secondsLeft ?? '?'} s` : 'off'}.
      </p>
      {isSimulator ? (
        <ControlPanel
          send={send}
          offline={offline}
          setOffline={changeOffline}
          simulate={simulate}
        />
      ) : null}
      <TimelineList entries={timeline.entries} />
    </div>
  );
}
