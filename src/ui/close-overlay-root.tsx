'use client';
import { useId, useRef, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { CloseInfo } from '../core/close-state.js';
import { detailLines, detailsText } from './close-details.js';
import {
  CloseOverlayContext,
  dataAttributes,
  type CloseOverlayContextValue,
} from './close-overlay-context.js';
import {
  CloseOverlayActions,
  CloseOverlayDescription,
  CloseOverlayDetails,
  CloseOverlayStatus,
  CloseOverlayTitle,
} from './close-overlay-parts.js';
import type { CloseOverlayRootProps, CloseOverlayRenderProps } from './close-overlay-types.js';
import { closeEnglish } from '../locales/english/close.js';
import { sharedEnglish } from '../locales/english/shared.js';
import { createOverlayMessages } from './overlay-messages.js';
import { colorSchemeOf, themeVariables } from './overlay-theme.js';
import {
  actionLabelKey,
  overlayView,
  type OverlayAction,
  type OverlayView,
} from './overlay-view.js';
import { slotClassResolver } from './slot-classes.js';
import { prefillMailto, safeSupportHref } from './support-href.js';
import { useOverlayFocus } from './use-overlay-focus.js';

// This overlay's English; a pure call, so it costs nothing where the overlay is not used.
const ENGLISH = /* @__PURE__ */ Object.assign({}, sharedEnglish, closeEnglish);

const subscribeNever = () => () => {};
const onClient = () => true;
const onServer = () => false;

function reloadPage(): void {
  if (typeof window !== 'undefined') window.location.reload();
}

/**
 * The overlay's root: renders nothing while idle or for transient closes, otherwise the panel
 * with the default body, recomposed parts, or a render function's output.
 */
export function CloseOverlayRoot(props: CloseOverlayRootProps) {
  const { state, supportHref, onContactSupport } = props;
  const href = safeSupportHref(supportHref);
  const canContact = href !== null || typeof onContactSupport === 'function';
  const view = overlayView(state, canContact);
  if (!view) return null;
  return (
    <OverlaySurface
      key={`${view.close.code}:${view.close.at}`}
      {...props}
      view={view}
      href={href}
    />
  );
}

interface SurfaceProps extends CloseOverlayRootProps {
  view: OverlayView;
  href: string | null;
}

/** The visible overlay; mounted once per close, so it is announced once and handles focus. */
function OverlaySurface(props: SurfaceProps) {
  const { view, href, state, onAction, onContactSupport, modal = false, children } = props;
  const { lang, dir, t } = createOverlayMessages(props, ENGLISH);
  const ids = { title: useId(), description: useId() };
  const rootRef = useRef<HTMLDivElement>(null);
  const isClient = useSyncExternalStore(subscribeNever, onClient, onServer);
  const focus = useOverlayFocus(rootRef, {
    modal,
    containerRef: props.containerRef,
    actionsKey: `${view.phase}:${view.actions.join()}`,
    present: !modal || isClient,
  });
  const close: CloseInfo = view.close;

  const run = (action: OverlayAction): boolean => {
    if (onAction?.(action, close) === false) return false;
    if (action === 'reconnect') state.reconnect?.();
    else if (action === 'new-session') state.newSession?.();
    else if (action === 'dismiss') state.dismiss?.();
    else if (action === 'cancel-retry') state.cancelRetry?.();
    else if (action === 'reload') reloadPage();
    else if (action === 'contact-support' && !href) onContactSupport?.(close);
    return true;
  };
  const supportLink =
    href &&
    prefillMailto(
      href,
      t('support.subject', { code: close.code === null ? '' : String(close.code) }),
      `${t('support.body')}\n\n${detailsText(close, t, lang)}`,
    );
  const context: CloseOverlayContextValue = {
    view,
    state,
    t,
    lang,
    ids,
    classFor: slotClassResolver('arc-close-overlay', props.unstyled === true, props.classNames),
    supportHref: supportLink,
    run,
    now: props.now ?? Date.now,
  };

  const custom = children !== undefined && children !== null;
  const title = t(view.titleKey);
  let body: ReactNode;
  if (typeof children === 'function') {
    const renderProps: CloseOverlayRenderProps = {
      state,
      close,
      view,
      title,
      description: t(view.descriptionKey),
      actions: view.actions.map((action) => ({
        action,
        label: t(actionLabelKey(action, view)),
        run: () => void run(action),
      })),
      details: detailLines(close, t, lang),
      t,
    };
    body = children(renderProps);
  } else if (custom) {
    body = children;
  } else {
    body = (
      <>
        <CloseOverlayTitle />
        <CloseOverlayDescription />
        <CloseOverlayStatus />
        <CloseOverlayActions />
        <CloseOverlayDetails />
      </>
    );
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && view.actions.includes('dismiss')) {
      event.preventDefault();
      event.stopPropagation();
      run('dismiss');
      return;
    }
    focus.onKeyDown(event);
  };

  const data = dataAttributes(view);
  const element = (
    <div
      ref={rootRef}
      {...data}
      role="alertdialog"
      aria-modal={modal || undefined}
      aria-labelledby={custom ? undefined : ids.title}
      aria-describedby={custom ? undefined : ids.description}
      aria-label={custom ? title : undefined}
      lang={lang}
      dir={dir}
      tabIndex={-1}
      data-arc-close-overlay=""
      data-styled={props.unstyled ? undefined : ''}
      data-modal={modal ? '' : undefined}
      data-color-scheme={colorSchemeOf(props.theme)}
      className={context.classFor('root', props.className)}
      style={{ ...themeVariables(props.theme), ...props.style }}
      onKeyDown={onKeyDown}
      onFocus={focus.onFocus}
      onBlur={focus.onBlur}
    >
      <div {...data} className={context.classFor('panel')}>
        <CloseOverlayContext.Provider value={context}>{body}</CloseOverlayContext.Provider>
      </div>
    </div>
  );
  if (!modal) return element;
  return isClient ? createPortal(element, document.body) : null;
}
