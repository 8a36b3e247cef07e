'use client';
import { useId, useRef, type KeyboardEvent } from 'react';
import type { IdleWarningControls, IdleWarningState } from '../core/idle-state.js';
import type { IdleWarningOptions } from '../core/idle-store.js';
import { useArcwareIdleWarning } from '../react/use-arcware-idle-warning.js';
import type { Translate } from './close-details.js';
import type { CloseOverlayRootProps } from './close-overlay-types.js';
import { Countdown } from './countdown.js';
import { idleEnglish } from '../locales/english/idle.js';
import { createOverlayMessages, type OverlayLocaleOptions } from './overlay-messages.js';
import { colorSchemeOf, themeVariables } from './overlay-theme.js';
import { slotClassResolver } from './slot-classes.js';
import { useOverlayFocus } from './use-overlay-focus.js';

/** The parts of `<IdleWarning>` a host can style through `classNames`. */
export type IdleWarningSlot =
  'root' | 'panel' | 'title' | 'description' | 'status' | 'actions' | 'action';

/** Extra class names per part, merged with the defaults (which `unstyled` drops). */
export type IdleWarningClassNames = Partial<Record<IdleWarningSlot, string>>;

/** Props of `<IdleWarning>`: a stream to follow, or a state shared with the host. */
export interface IdleWarningProps
  extends
    OverlayLocaleOptions,
    Pick<
      CloseOverlayRootProps,
      'theme' | 'unstyled' | 'containerRef' | 'now' | 'className' | 'style'
    > {
  /** The idle state to show, usually `useArcwareIdleWarning(ps)`; wins over `pixelStreaming`. */
  state?: Partial<IdleWarningState> & Partial<IdleWarningControls>;
  /** The stream to follow with `useArcwareIdleWarning` when no `state` is given. */
  pixelStreaming?: Parameters<typeof useArcwareIdleWarning>[0];
  /** Options for the built-in `useArcwareIdleWarning`; its `now` is the countdown's clock too. */
  options?: IdleWarningOptions;
  /** Extra class names per part, merged with `clsx`. */
  classNames?: IdleWarningClassNames;
}

type ShownProps = IdleWarningProps & { state: NonNullable<IdleWarningProps['state']> };

const finite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** "The stream ends in 8 seconds", ticking from `endsAt`; never negative, never NaN. */
function TimeLeft({
  state,
  now,
  t,
}: {
  state: ShownProps['state'];
  now: () => number;
  t: Translate;
}) {
  const { endsAt, secondsLeft } = state;
  if (finite(endsAt)) {
    return <Countdown retryAt={endsAt} now={now} t={t} messageKey="idle.countdown" />;
  }
  if (finite(secondsLeft)) {
    return t('idle.countdown', { seconds: Math.max(0, Math.ceil(secondsLeft)) });
  }
  return t('idle.endsSoon');
}

/** The warning while it shows; mounted once per warning, so it is announced once. */
function IdleWarningSurface(props: ShownProps) {
  const { state } = props;
  const { lang, dir, t } = createOverlayMessages(props, idleEnglish);
  const ids = { title: useId(), description: useId() };
  const rootRef = useRef<HTMLDivElement>(null);
  useOverlayFocus(rootRef, {
    modal: false,
    containerRef: props.containerRef,
    actionsKey: 'stay',
    present: true,
  });
  const classFor = slotClassResolver<IdleWarningSlot>(
    'arc-idle-warning',
    props.unstyled === true,
    props.classNames,
  );
  const stay = () => {
    if (typeof state.stay === 'function') state.stay();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    // Closing the question is answering it: the viewer is there.
    event.preventDefault();
    event.stopPropagation();
    stay();
  };
  return (
    <div
      ref={rootRef}
      role="alertdialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.description}
      lang={lang}
      dir={dir}
      tabIndex={-1}
      data-arc-idle-warning=""
      data-styled={props.unstyled ? undefined : ''}
      data-color-scheme={colorSchemeOf(props.theme)}
      className={classFor('root', props.className)}
      style={{ ...themeVariables(props.theme), ...props.style }}
      onKeyDown={onKeyDown}
    >
      <div className={classFor('panel')}>
        <h2 id={ids.title} className={classFor('title')}>
          {t('idle.title')}
        </h2>
        <p id={ids.description} className={classFor('description')}>
          {/* Said once with the dialog: a second-by-second count would drown everything else. */}
          <span aria-live="off" className={classFor('status')}>
            <TimeLeft state={state} now={props.now ?? props.options?.now ?? Date.now} t={t} />
          </span>
        </p>
        <div className={classFor('actions')}>
          <button
            type="button"
            data-action="stay"
            data-variant="primary"
            className={classFor('action')}
            onClick={stay}
          >
            {t('action.stay')}
          </button>
        </div>
      </div>
    </div>
  );
}

/** Renders the warning only while the idle countdown runs. */
function IdleWarningRoot(props: ShownProps) {
  return props.state.active === true ? <IdleWarningSurface {...props} /> : null;
}

function FollowedIdleWarning({ pixelStreaming, options, ...rest }: IdleWarningProps) {
  const state = useArcwareIdleWarning(pixelStreaming, options);
  return <IdleWarningRoot {...rest} options={options} state={state} />;
}

/**
 * Asks an idle viewer "Are you still there?" while the stream counts down to its end, with
 * "I'm still here" to keep it. `<IdleWarning pixelStreaming={ps} />` follows the stream itself;
 * `<IdleWarning state={useArcwareIdleWarning(ps)} />` shows the host's state.
 */
export function IdleWarning(props: IdleWarningProps) {
  if (props.state) return <IdleWarningRoot {...props} state={props.state} />;
  return <FollowedIdleWarning {...props} />;
}
