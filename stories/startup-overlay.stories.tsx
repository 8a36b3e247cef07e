import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { useStoryGlobals } from '../.storybook/story-globals.js';
import {
  IDLE_STARTUP,
  type QueuePosition,
  type StartupPhase,
  type StartupState,
} from '../src/core/startup-state.js';
import type { MessageKey } from '../src/locales/types.js';
import { StartupOverlay, type StartupOverlayProps } from '../src/ui/startup-overlay.js';
import { storyText, storyWait, VISIBLE } from './support/story-text.js';
import { StreamStage, type StageSize } from './support/stream-stage.js';

/** `<StartupOverlay>` in the toolbar's locale and theme, over a stand-in stream. */
function StoryStartupOverlay({ size, ...props }: StartupOverlayProps & { size?: StageSize }) {
  const { locale, theme } = useStoryGlobals();
  return (
    <StreamStage label="Stream" size={size}>
      <StartupOverlay locale={locale} theme={theme} {...props} />
    </StreamStage>
  );
}

/** A start-up state in `phase`, with controls the stories can watch. */
const startup = (phase: StartupPhase, extra: Partial<StartupState> = {}) => ({
  ...IDLE_STARTUP,
  phase,
  ...extra,
  play: fn(),
  reconnect: fn(),
});

const queue = (extra: Partial<QueuePosition> = {}): QueuePosition => ({
  position: 3,
  length: 5,
  estimatedWaitMs: 120_000,
  waitedMs: 30_000,
  ...extra,
});

const meta = {
  title: 'Overlay/StartupOverlay',
  component: StoryStartupOverlay,
  args: { state: startup('connecting') },
} satisfies Meta<typeof StoryStartupOverlay>;

export default meta;
type Story = StoryObj<typeof meta>;

type Globals = Record<string, unknown>;

/** The live nodes say the visible words again for screen readers: find the visible ones. */
/** The overlay, after it showed `key`'s text and announced it as a status. */
async function expectPhase(canvasElement: HTMLElement, globals: Globals, key: MessageKey) {
  const status = within(canvasElement).getByRole('status');
  await expect(within(status).getByText(storyText(globals, key), VISIBLE)).toBeVisible();
  await waitFor(() =>
    expect(status.querySelector('[data-part="announcement"]')).toHaveTextContent(
      storyText(globals, key),
    ),
  );
  return status;
}

/** `connect()` was called; nothing has answered yet. */
export const Connecting: Story = {
  play: async ({ canvasElement, globals }) => {
    const status = await expectPhase(canvasElement, globals, 'startup.title.connecting');
    await expect(status).toHaveAttribute('data-phase', 'connecting');
    await expect(within(status).queryByRole('button')).toBeNull();
  },
};

/** Third of five in Arcware's queue, about two minutes to go. */
export const Queued: Story = {
  args: { state: startup('queued', { queue: queue() }) },
  play: async ({ canvasElement, globals }) => {
    const status = await expectPhase(canvasElement, globals, 'startup.title.queued');
    const visible = within(status);
    await expect(
      visible.getByText(
        storyText(globals, 'startup.queue.positionOf', { position: 3, length: 5 }),
        VISIBLE,
      ),
    ).toBeVisible();
    await expect(visible.getByText(storyWait(globals, 2, 'minute'), VISIBLE)).toBeVisible();
  },
};

/** The server sent no sensible queue length and a short estimate. */
export const QueuedWithoutLength: Story = {
  args: {
    state: startup('queued', {
      queue: queue({ position: 12, length: null, estimatedWaitMs: 40_000 }),
    }),
  },
  play: async ({ canvasElement, globals }) => {
    const status = await expectPhase(canvasElement, globals, 'startup.title.queued');
    const visible = within(status);
    await expect(
      visible.getByText(storyText(globals, 'startup.queue.position', { position: 12 }), VISIBLE),
    ).toBeVisible();
    await expect(
      visible.getByText(storyText(globals, 'startup.queue.waitUnderMinute'), VISIBLE),
    ).toBeVisible();
  },
};

/** A long queue: numbers grouped for the locale, the wait in hours. */
export const QueuedForHours: Story = {
  args: {
    state: startup('queued', {
      queue: queue({ position: 1234, length: 20_000, estimatedWaitMs: 3 * 3_600_000 }),
    }),
  },
  play: async ({ canvasElement, globals }) => {
    const status = await expectPhase(canvasElement, globals, 'startup.title.queued');
    const position = { position: 1234, length: 20_000 };
    await expect(
      within(status).getByText(storyText(globals, 'startup.queue.positionOf', position), VISIBLE),
    ).toBeVisible();
    await expect(within(status).getByText(storyWait(globals, 3, 'hour'), VISIBLE)).toBeVisible();
  },
};

const LONG_PROGRESS =
  'Starting the application on a fresh machine: loading the level, compiling shaders…';

/** The backend's progress letter, as long as one gets, shown as text beside the phase. */
export const Preparing: Story = {
  args: { state: startup('preparing', { progress: LONG_PROGRESS }) },
  play: async ({ canvasElement, globals }) => {
    const status = await expectPhase(canvasElement, globals, 'startup.title.preparing');
    const progress = within(status).getByText(LONG_PROGRESS, VISIBLE);
    await expect(progress.tagName).toBe('BDI');
  },
};

/** A hostile progress letter stays text: no element is created from it. */
export const HostileProgress: Story = {
  args: { state: startup('preparing', { progress: '<img src=x onerror=alert(1)> Loading' }) },
  play: async ({ canvasElement }) => {
    const status = within(canvasElement).getByRole('status');
    await expect(status.querySelector('img')).toBeNull();
    await expect(
      within(status).getByText('<img src=x onerror=alert(1)> Loading', VISIBLE),
    ).toBeVisible();
  },
};

/** WebRTC is negotiating. */
export const Negotiating: Story = {
  args: { state: startup('negotiating') },
  play: async ({ canvasElement, globals }) => {
    await expectPhase(canvasElement, globals, 'startup.title.negotiating');
  },
};

/** WebRTC is connected; the first frame has not come yet. */
export const WaitingForVideo: Story = {
  args: { state: startup('waiting-for-video') },
  play: async ({ canvasElement, globals }) => {
    await expectPhase(canvasElement, globals, 'startup.title.waiting-for-video');
  },
};

/** The browser refused to autoplay: Start calls `play()`. */
export const NeedsInteraction: Story = {
  args: { state: startup('needs-interaction') },
  play: async ({ args, canvasElement, globals }) => {
    const status = await expectPhase(canvasElement, globals, 'startup.title.needs-interaction');
    await userEvent.click(
      within(status).getByRole('button', { name: storyText(globals, 'action.start') }),
    );
    await expect(args.state?.play).toHaveBeenCalledTimes(1);
  },
};

/** No progress for a minute: Reconnect calls `reconnect()`. */
export const Stalled: Story = {
  args: { state: startup('stalled') },
  play: async ({ args, canvasElement, globals }) => {
    const status = await expectPhase(canvasElement, globals, 'startup.title.stalled');
    await expect(
      within(status).getByText(storyText(globals, 'startup.description.stalled'), VISIBLE),
    ).toBeVisible();
    await userEvent.click(
      within(status).getByRole('button', { name: storyText(globals, 'action.reconnect') }),
    );
    await expect(args.state?.reconnect).toHaveBeenCalledTimes(1);
  },
};

/** A phone's small player (320 x 180): the sentence and Start still fit. */
export const NeedsInteractionOnSmallStage: Story = {
  args: { state: startup('needs-interaction'), size: { width: 320, height: 180 } },
  play: async ({ canvasElement, globals }) => {
    const status = await expectPhase(canvasElement, globals, 'startup.title.needs-interaction');
    const stage = within(canvasElement).getByRole('region').getBoundingClientRect();
    const start = within(status).getByRole('button', { name: storyText(globals, 'action.start') });
    const button = start.getBoundingClientRect();
    await expect(button.bottom).toBeLessThanOrEqual(stage.bottom + 0.5);
    await expect(button.top).toBeGreaterThanOrEqual(stage.top - 0.5);
  },
};
