import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { useStoryGlobals } from '../.storybook/story-globals.js';
import type { CloseStream } from '../src/core/stream-types.js';
import type { MessageKey } from '../src/locales/types.js';
import { StreamOverlay } from '../src/ui/stream-overlay.js';
import { storyText, textIn, VISIBLE } from './support/story-text.js';
import { StreamStage } from './support/stream-stage.js';

/** An SDK event hub (`EventHandler<T>`): add, remove, and a way for the story to emit. */
class Hub<T> {
  private readonly callbacks = new Set<(value: T) => void>();
  add(callback: (value: T) => void): void {
    this.callbacks.add(callback);
  }
  remove(callback: (value: T) => void): void {
    this.callbacks.delete(callback);
  }
  emit(value: T): void {
    for (const callback of [...this.callbacks]) callback(value);
  }
}

/**
 * A tiny stand-in with the SDK's shape, so `<StreamOverlay>` can be shown in each state without a
 * server: the stories emit on its hubs and dispatch Epic's events on it. The real SDK's behaviour
 * is proven in the Playground and the real-SDK tests, not here.
 */
class FakeStream extends EventTarget implements CloseStream {
  readonly websocketOnCloseHandler = new Hub<{ code?: unknown; reason?: unknown }>();
  readonly sessionIdHandler = new Hub<string>();
  readonly queueHandler = new Hub<unknown>();
  readonly loveLetterHandler = new Hub<unknown>();
  readonly videoInitializedHandler = new Hub<unknown>();
  /** Open: the socket is up, the start-up is under way. */
  websocketState = 1;
  readonly reconnect = fn();
  readonly play = fn();
  /** Epic's `dismissAfk`, handed over with the idle warning. */
  readonly dismissAfk = fn();
  /** Arcware's forced idle settings: a warning after 10 minutes, then 10 s to go. */
  readonly config = {
    isFlagEnabled: (id: string) => id === 'TimeoutIfIdle',
    getNumericSettingValue: (id: string) => (id === 'AFKTimeout' ? 600 : 10),
  };

  /** Dispatches an Epic event, with its `data` when it has some. */
  epic(type: string, data?: Record<string, unknown>): void {
    this.dispatchEvent(Object.assign(new Event(type), data ? { data } : {}));
  }

  /** A close as the SDK's close hub hands it over; the socket is closed from then on. */
  close(code: number, reason = ''): void {
    this.websocketState = 3;
    this.websocketOnCloseHandler.emit({ code, reason, wasClean: true } as never);
  }
}

interface StoryProps {
  /** Made fresh by the loader for every render. */
  stream?: FakeStream;
  /** What the stream says once the overlay follows it. */
  signals?: (stream: FakeStream) => void;
}

/** `<StreamOverlay>` in the toolbar's locale and theme, over a fake stream that plays `signals`. */
function StoryStreamOverlay({ stream, signals }: StoryProps) {
  const { locale, theme } = useStoryGlobals();
  const sent = useRef(false);
  // The overlay (a child) subscribed in its own effects, which run before this one.
  useEffect(() => {
    if (!stream || sent.current) return;
    sent.current = true;
    signals?.(stream);
  }, [stream, signals]);
  return (
    <StreamStage label="Stream">
      <StreamOverlay
        pixelStreaming={stream ?? null}
        locale={locale}
        theme={theme}
        supportHref="mailto:support@example.com"
      />
    </StreamStage>
  );
}

const meta = {
  title: 'Overlay/StreamOverlay',
  component: StoryStreamOverlay,
  // A fresh stream for every render: one story's signals never leak into the next.
  loaders: [() => ({ stream: new FakeStream() })],
  render: (args, { loaded }) => (
    <StoryStreamOverlay {...args} stream={(loaded as { stream: FakeStream }).stream} />
  ),
} satisfies Meta<typeof StoryStreamOverlay>;

export default meta;
type Story = StoryObj<typeof meta>;

type Globals = Record<string, unknown>;

/** The live nodes say the visible words again for screen readers: find the visible ones. */
/** The overlay's own lookup in the toolbar's locale, English where a key is not translated yet. */
/** The start-up overlay, once it shows `key`'s text. */
async function expectPhase(canvasElement: HTMLElement, globals: Globals, key: MessageKey) {
  const status = await within(canvasElement).findByRole('status');
  await waitFor(() =>
    expect(within(status).getByText(storyText(globals, key), VISIBLE)).toBeVisible(),
  );
  return status;
}

const streamOf = (loaded: Record<string, unknown>) => loaded.stream as FakeStream;

/** `connect()` was called, the socket is open, nothing else has come yet. */
export const Connecting: Story = {
  play: async ({ canvasElement, globals }) => {
    const status = await expectPhase(canvasElement, globals, 'startup.title.connecting');
    await expect(within(status).queryByRole('button')).toBeNull();
  },
};

/** Arcware's queue message: third of five, about two minutes to go. */
export const Queued: Story = {
  args: {
    signals: (stream) =>
      stream.queueHandler.emit({
        queue: {
          index: 2,
          queueLength: 5,
          waited: 30,
          estimatedWaitTime: 120,
          valueType: 'seconds',
        },
      }),
  },
  play: async ({ canvasElement, globals }) => {
    const status = await expectPhase(canvasElement, globals, 'startup.title.queued');
    const position = storyText(globals, 'startup.queue.positionOf', { position: 3, length: 5 });
    await expect(within(status).getByText(position, VISIBLE)).toBeVisible();
  },
};

/** The backend's progress letter: preparing, with its text. */
export const Preparing: Story = {
  args: {
    signals: (stream) =>
      stream.loveLetterHandler.emit({ reason: 'LL: Loading level 2 of 3', code: 0 }),
  },
  play: async ({ canvasElement, globals }) => {
    const status = await expectPhase(canvasElement, globals, 'startup.title.preparing');
    await expect(within(status).getByText('Loading level 2 of 3', VISIBLE)).toBeVisible();
  },
};

/** WebRTC is up but the browser refused to autoplay: Start calls the stream's `play()`. */
export const NeedsInteraction: Story = {
  args: {
    signals: (stream) => {
      stream.epic('webRtcConnected');
      stream.epic('playStreamRejected', { reason: 'NotAllowedError' });
    },
  },
  play: async ({ canvasElement, globals, loaded }) => {
    const status = await expectPhase(canvasElement, globals, 'startup.title.needs-interaction');
    await userEvent.click(
      within(status).getByRole('button', { name: storyText(globals, 'action.start') }),
    );
    await expect(streamOf(loaded).play).toHaveBeenCalledTimes(1);
  },
};

/**
 * The stream plays; the viewer idled and the SDK counts down: 8 seconds left. "I'm still here"
 * calls the SDK's `dismissAfk()` and the warning goes; the start-up overlay stays away.
 */
export const IdleWarning: Story = {
  args: {
    signals: (stream) => {
      stream.videoInitializedHandler.emit(undefined);
      stream.epic('afkWarningActivate', { countDown: 0, dismissAfk: stream.dismissAfk });
      stream.epic('afkWarningUpdate', { countDown: 8 });
    },
  },
  play: async ({ canvasElement, globals, loaded }) => {
    const t = textIn(globals);
    const canvas = within(canvasElement);
    const dialog = await canvas.findByRole('alertdialog');
    await expect(dialog).toHaveAccessibleName(t('idle.title'));
    await expect(dialog).toHaveAccessibleDescription(t('idle.countdown', { seconds: 8 }));
    await userEvent.click(within(dialog).getByRole('button', { name: t('action.stay') }));
    await expect(streamOf(loaded).dismissAfk).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(canvas.queryByRole('alertdialog')).toBeNull());
    await expect(canvas.queryByRole('status')).toBeNull();
  },
};

/** The server closes with 4460 (a trial limit): no retry, the viewer is pointed to support. */
export const Closed: Story = {
  args: { signals: (stream) => stream.close(4460, 'Trial limit reached') },
  play: async ({ canvasElement, globals, loaded }) => {
    const dialog = await within(canvasElement).findByRole('alertdialog', {
      name: storyText(globals, 'title.account'),
    });
    await expect(dialog).toHaveAccessibleDescription(storyText(globals, 'description.4460'));
    await expect(
      within(dialog).getByRole('link', { name: storyText(globals, 'action.contact-support') }),
    ).toBeVisible();
    await expect(
      within(dialog).queryByRole('button', { name: storyText(globals, 'action.reconnect') }),
    ).toBeNull();
    await expect(streamOf(loaded).reconnect).not.toHaveBeenCalled();
  },
};
