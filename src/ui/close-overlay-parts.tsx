'use client';
import {
  useEffect,
  useState,
  type ComponentPropsWithoutRef,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { detailLines, detailsText } from './close-details.js';
import { dataAttributes, useCloseOverlay } from './close-overlay-context.js';
import { Countdown } from './countdown.js';
import { actionLabelKey, type OverlayAction } from './overlay-view.js';

// ---- Title --------------------------------------------------------------------------------

/** The overlay's heading; names the dialog. */
export function CloseOverlayTitle({ className, ...rest }: ComponentPropsWithoutRef<'h2'>) {
  const overlay = useCloseOverlay();
  if (!overlay) return null;
  const { view, t, ids, classFor } = overlay;
  return (
    <h2 {...rest} {...dataAttributes(view)} id={ids.title} className={classFor('title', className)}>
      {t(view.titleKey)}
    </h2>
  );
}

// ---- Description --------------------------------------------------------------------------

/** One sentence on why the stream stopped; describes the dialog. */
export function CloseOverlayDescription({ className, ...rest }: ComponentPropsWithoutRef<'p'>) {
  const overlay = useCloseOverlay();
  if (!overlay) return null;
  const { view, t, ids, classFor } = overlay;
  return (
    <p
      {...rest}
      {...dataAttributes(view)}
      id={ids.description}
      className={classFor('description', className)}
    >
      {t(view.descriptionKey)}
    </p>
  );
}

// ---- Status -------------------------------------------------------------------------------

/** The retry line (countdown, attempt, waiting, connecting, gave up); never re-announced. */
export function CloseOverlayStatus({ className, ...rest }: ComponentPropsWithoutRef<'p'>) {
  const overlay = useCloseOverlay();
  if (!overlay) return null;
  const { view, state, t, now, classFor } = overlay;
  const maxAttempts = Number.isInteger(state.maxAttempts) ? state.maxAttempts : 0;
  const attempted = Number.isInteger(state.attempt) ? state.attempt : 0;
  const showAttempt = view.phase === 'countdown' && maxAttempts > 0;
  let line: ReactNode = null;
  if (view.phase === 'countdown' && typeof state.retryAt === 'number') {
    line = <Countdown retryAt={state.retryAt} now={now} t={t} />;
  } else if (state.waitingFor === 'online') line = t('status.offline');
  else if (view.phase === 'connecting') line = t('status.connecting');
  else if (view.phase === 'gave-up') line = t('status.gaveUp', { count: attempted });
  if (line === null) return null;
  const attempt = Math.min(attempted + 1, maxAttempts);
  return (
    <p
      {...rest}
      {...dataAttributes(view)}
      aria-live="off"
      className={classFor('status', className)}
    >
      {line}
      {showAttempt ? (
        <>
          {' '}
          <span data-part="attempt">{t('status.attempt', { attempt, maxAttempts })}</span>
        </>
      ) : null}
    </p>
  );
}

// ---- Action -------------------------------------------------------------------------------

/** Props of one action button (or the support link). */
export interface CloseOverlayActionProps {
  action: OverlayAction;
  className?: string;
}

/** One action as a real button, or contact support as a link when a support URL is set. */
export function CloseOverlayAction({ action, className }: CloseOverlayActionProps) {
  const overlay = useCloseOverlay();
  if (!overlay) return null;
  const { view, t, classFor, supportHref, run } = overlay;
  const primary = view.actions[0] === action;
  const shared = {
    ...dataAttributes(view),
    'data-action': action,
    'data-variant': primary ? 'primary' : 'secondary',
    className: classFor('action', className),
  };
  const label = t(actionLabelKey(action, view));
  if (action === 'contact-support' && supportHref) {
    const external = supportHref.startsWith('https:');
    const onClick = (event: MouseEvent) => {
      if (!run(action)) event.preventDefault();
    };
    return (
      <a
        {...shared}
        href={supportHref}
        onClick={onClick}
        {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
      >
        {label}
      </a>
    );
  }
  return (
    <button {...shared} type="button" onClick={() => run(action)}>
      {label}
    </button>
  );
}

// ---- Actions ------------------------------------------------------------------------------

/** The state's actions, primary first. */
export function CloseOverlayActions({ className, ...rest }: ComponentPropsWithoutRef<'div'>) {
  const overlay = useCloseOverlay();
  if (!overlay || overlay.view.actions.length === 0) return null;
  const { view, classFor } = overlay;
  return (
    <div {...rest} {...dataAttributes(view)} className={classFor('actions', className)}>
      {view.actions.map((action) => (
        <CloseOverlayAction key={action} action={action} />
      ))}
    </div>
  );
}

// ---- Details ------------------------------------------------------------------------------

/** A disclosure with code, name, time and server message, and a button that copies them. */
export function CloseOverlayDetails({ className, ...rest }: ComponentPropsWithoutRef<'details'>) {
  const overlay = useCloseOverlay();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return undefined;
    const id = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(id);
  }, [copied]);
  if (!overlay) return null;
  const { view, t, lang, classFor, run } = overlay;
  const copy = () => {
    if (!run('copy-details')) return;
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (typeof clipboard?.writeText !== 'function') return;
    try {
      clipboard.writeText(detailsText(view.close, t, lang)).then(
        () => setCopied(true),
        () => setCopied(false),
      );
    } catch {
      // A clipboard that throws (insecure context, denied permission) leaves the label as it is.
    }
  };
  return (
    <details {...rest} {...dataAttributes(view)} className={classFor('details', className)}>
      <summary className={classFor('summary')}>{t('details.summary')}</summary>
      <dl>
        {detailLines(view.close, t, lang).map(({ field, label, value }) => (
          <div key={field} data-field={field}>
            <dt>{label}</dt>
            <dd>{field === 'reason' ? <bdi>{value}</bdi> : value}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className={classFor('copy')} data-action="copy-details" onClick={copy}>
        {t(copied ? 'action.copied' : 'action.copyDetails')}
      </button>
    </details>
  );
}
