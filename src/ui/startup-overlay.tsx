'use client';
import { useRef, useState, type CSSProperties, type RefObject } from 'react';
import type { StartupControls, StartupState } from '../core/startup-state.js';
import type { StartupStoreOptions } from '../core/startup-store.js';
import { useArcwareStartupState } from '../react/use-arcware-startup-state.js';
import type { Translate } from './close-details.js';
import { sharedEnglish } from '../locales/english/shared.js';
import { startupEnglish } from '../locales/english/startup.js';
import type { CloseOverlayRootProps } from './close-overlay-types.js';
import { createOverlayMessages, type OverlayLocaleOptions } from './overlay-messages.js';
import { colorSchemeOf, themeVariables } from './overlay-theme.js';
import { slotClassResolver, type SlotClassResolver } from './slot-classes.js';
import {
  startupView,
  type StartupOverlayAction,
  type StartupOverlayPhase,
} from './startup-view.js';
import { useAnnouncedText } from './use-announced-text.js';
import { useOverlayFocus } from './use-overlay-focus.js';

/** The parts of `<StartupOverlay>` a host can style through `classNames`. */
export type StartupOverlaySlot =
  'root' | 'panel' | 'title' | 'description' | 'progress' | 'status' | 'actions' | 'action';

/** Extra class names per part, merged with the defaults (which `unstyled` drops). */
export type StartupOverlayClassNames = Partial<Record<StartupOverlaySlot, string>>;

/** A start-up state with the controls the buttons call (what `useArcwareStartupState` returns). */
export type StartupOverlayState = StartupState & Partial<StartupControls>;

/** Props of `<StartupOverlay>`: a stream to follow, or a state shared with the host. */
export interface StartupOverlayProps
  extends
    OverlayLocaleOptions,
    Pick<CloseOverlayRootProps, 'theme' | 'unstyled' | 'containerRef' | 'className' | 'style'> {
  /** The start-up state to show; when given, `pixelStreaming` and `options` are ignored. */
  state?: StartupOverlayState;
  /** The stream to follow with `useArcwareStartupState` when no `state` is given. */
  pixelStreaming?: Parameters<typeof useArcwareStartupState>[0];
  /** Options for the built-in `useArcwareStartupState`. */
  options?: StartupStoreOptions;
  /** Extra class names per part, merged with `clsx`. */
  classNames?: StartupOverlayClassNames;
}

// This overlay's English; a pure call, so it costs nothing where the overlay is not used.
const ENGLISH = /* @__PURE__ */ Object.assign({}, sharedEnglish, startupEnglish);

/** Queue moves and progress letters reach a screen reader at most this often. */
const DETAILS_ANNOUNCED_EVERY_MS = 30_000;

// Inline, not a class: it must hold with `unstyled` and without the stylesheet.
const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
};

const LABEL_KEY = { start: 'action.start', reconnect: 'action.reconnect' } as const;

// ---- Announcements ------------------------------------------------------------------------

/** A visually hidden live node that says `lines` as `useAnnouncedText` allows, one line each. */
function Announcement({
  lines,
  everyMs,
  part,
}: {
  lines: string[];
  everyMs: number;
  part: string;
}) {
  const said = useAnnouncedText(lines.filter(Boolean).join('\n'), everyMs);
  return (
    <div data-part={part} aria-atomic="true" style={VISUALLY_HIDDEN}>
      {said && said.split('\n').map((line, index) => <div key={index}>{line}</div>)}
    </div>
  );
}

// ---- Actions ------------------------------------------------------------------------------

interface ActionsProps {
  phase: StartupOverlayPhase;
  action: StartupOverlayAction;
  state: StartupOverlayState;
  t: Translate;
  classFor: SlotClassResolver<StartupOverlaySlot>;
  streamRef: RefObject<HTMLElement | null>;
}

/** The phase's one button; "Start" takes focus when it appears while focus is in the stream. */
function StartupActions({ phase, action, state, t, classFor, streamRef }: ActionsProps) {
  const ref = useRef<HTMLDivElement>(null);
  useOverlayFocus(ref, {
    modal: false,
    containerRef: streamRef,
    actionsKey: action,
    // Only a refused autoplay needs the viewer: every other phase leaves focus alone.
    present: action === 'start',
  });
  const run = () => {
    const method = action === 'start' ? 'play' : 'reconnect';
    if (typeof state[method] === 'function') state[method]();
  };
  return (
    // Not live: the phase's own announcement already says what to do.
    <div ref={ref} data-phase={phase} aria-live="off" className={classFor('actions')}>
      <button
        type="button"
        data-phase={phase}
        data-action={action}
        data-variant="primary"
        className={classFor('action')}
        onClick={run}
      >
        {t(LABEL_KEY[action])}
      </button>
    </div>
  );
}

// ---- Root ---------------------------------------------------------------------------------

/** The overlay for a state the host holds. */
function StartupOverlayRoot(props: StartupOverlayProps & { state: StartupOverlayState }) {
  const { state } = props;
  const { lang, dir, t } = createOverlayMessages(props, ENGLISH);
  const rootRef = useRef<HTMLDivElement>(null);
  const [parentRef] = useState<RefObject<HTMLElement | null>>(() => ({
    get current() {
      return rootRef.current?.parentElement ?? null;
    },
  }));
  const view = startupView(state, t, lang);
  if (!view) return null;
  const { phase } = view;
  const classFor = slotClassResolver<StartupOverlaySlot>(
    'arc-startup-overlay',
    props.unstyled === true,
    props.classNames,
  );
  const data = { 'data-phase': phase };
  return (
    <div
      ref={rootRef}
      {...data}
      role="status"
      aria-live="polite"
      aria-atomic="false"
      lang={lang}
      dir={dir}
      data-arc-startup-overlay=""
      data-styled={props.unstyled ? undefined : ''}
      data-color-scheme={colorSchemeOf(props.theme)}
      className={classFor('root', props.className)}
      style={{ ...themeVariables(props.theme), ...props.style }}
    >
      <div {...data} className={classFor('panel')}>
        {/* What is seen is hidden from screen readers: the announcements below speak for it. */}
        <p {...data} aria-hidden="true" className={classFor('title')}>
          {view.title}
        </p>
        {view.description && (
          <p {...data} aria-hidden="true" className={classFor('description')}>
            {view.description}
          </p>
        )}
        {view.progress && (
          <p {...data} aria-hidden="true" className={classFor('progress')}>
            <bdi>{view.progress}</bdi>
          </p>
        )}
        {(view.position || view.wait) && (
          <p {...data} aria-hidden="true" className={classFor('status')}>
            {view.position && <span data-part="position">{view.position}</span>}
            {view.position && view.wait && ' '}
            {view.wait && <span data-part="wait">{view.wait}</span>}
          </p>
        )}
        <Announcement part="announcement" lines={[view.title, view.description]} everyMs={0} />
        <Announcement
          key={`details:${phase}`}
          part="details"
          lines={[view.position, view.wait, view.progress]}
          everyMs={DETAILS_ANNOUNCED_EVERY_MS}
        />
        {view.action && (
          <StartupActions
            key={`actions:${phase}`}
            phase={phase}
            action={view.action}
            state={state}
            t={t}
            classFor={classFor}
            streamRef={props.containerRef ?? parentRef}
          />
        )}
      </div>
    </div>
  );
}

function FollowedStartupOverlay({ pixelStreaming, options, ...rest }: StartupOverlayProps) {
  const state = useArcwareStartupState(pixelStreaming, options);
  return <StartupOverlayRoot {...rest} state={state} />;
}

/**
 * Shows a viewer where the stream is on its way to the first frame (connecting, their place in
 * the queue, the backend's progress, WebRTC) and offers Start or Reconnect when they are needed.
 * `<StartupOverlay pixelStreaming={ps} />` follows the stream itself;
 * `<StartupOverlay state={useArcwareStartupState(ps)} />` shares the host's state.
 */
export function StartupOverlay(props: StartupOverlayProps) {
  if (props.state) return <StartupOverlayRoot {...props} state={props.state} />;
  return <FollowedStartupOverlay {...props} />;
}
