import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Playground, PLAYGROUND_STALLED_AFTER_MS } from './playground/playground.js';
import { probeSimulator } from './playground/simulator-client.js';
import { storyPattern, storyText, storyWait, textIn } from './support/story-text.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once this page's socket is open and is the simulator's only one, read from the status
 * line. The simulator's count alone can be the previous story's socket, not yet closed.
 */
async function connected(canvasElement: HTMLElement): Promise<void> {
  const canvas = within(canvasElement);
  await waitFor(
    () =>
      expect(canvas.getByText(/^Simulator: 1 open,.* This page's socket: open\./)).toBeVisible(),
    { timeout: 10_000 },
  );
}

const meta = {
  title: 'Playground',
  component: Playground,
  // Docs pages render every story inline: two live streams on one page would share the simulator.
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Playground>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The real `@arcware-cloud/pixelstreaming-websdk` connected to the local signalling simulator:
 * make it close with any code, fail, drop, refuse reconnects or go offline, and watch the overlay
 * and the hook's timeline.
 */
export const Live: Story = {
  play: async ({ canvasElement }) => {
    await connected(canvasElement);
    await expect(within(canvasElement).queryByRole('alertdialog')).toBeNull();
  },
};

/**
 * A scripted run on the real SDK, played step by step: a dropped connection (1006) is retried
 * after a countdown and recovers; a trial limit (4460) is not retried and points to support.
 */
export const ScriptedRecovery: Story = {
  // A fixed draw puts the first retry 8 s out: a loaded CI machine still sees the countdown.
  args: { closeOptions: { random: () => 0.8, backoff: { initialMs: 10_000 } } },
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    await connected(canvasElement);

    await step('Close with 1006: reconnecting, with a countdown', async () => {
      await userEvent.selectOptions(canvas.getByLabelText('Close code'), '1006');
      await userEvent.click(canvas.getByRole('button', { name: 'Close the socket' }));
      const dialog = await canvas.findByRole(
        'alertdialog',
        { name: storyText(globals, 'title.reconnecting') },
        { timeout: 5_000 },
      );
      await expect(dialog).toHaveTextContent(storyPattern(globals, 'status.countdown'));
      await expect(dialog).toHaveTextContent(
        storyText(globals, 'status.attempt', { attempt: 1, maxAttempts: 5 }),
      );
    });

    await step('The simulator accepts the reconnect: idle again', async () => {
      await waitFor(() => expect(canvas.queryByRole('alertdialog')).toBeNull(), {
        timeout: 20_000,
      });
      await connected(canvasElement);
      await expect(canvas.getByRole('list', { name: 'Timeline' })).toHaveTextContent(
        /Attempt 1 of 5 started.*Back to idle/,
      );
    });

    await step('Close with 4460: no retry, contact support', async () => {
      await userEvent.selectOptions(canvas.getByLabelText('Close code'), '4460');
      await userEvent.click(canvas.getByRole('button', { name: 'Close the socket' }));
      const dialog = await canvas.findByRole(
        'alertdialog',
        { name: storyText(globals, 'title.account') },
        { timeout: 5_000 },
      );
      await expect(dialog).toHaveAccessibleDescription(storyText(globals, 'description.4460'));
      await expect(
        within(dialog).getByRole('link', { name: storyText(globals, 'action.contact-support') }),
      ).toBeVisible();
      await expect(dialog).not.toHaveTextContent(storyPattern(globals, 'status.countdown'));
      await expect(
        within(dialog).queryByRole('button', { name: storyText(globals, 'action.reconnect') }),
      ).toBeNull();
      // Longer than the SDK's own 2 s stuck auto-reconnect: no new connection may reach the server.
      const before = await probeSimulator();
      await sleep(3_000);
      const after = await probeSimulator();
      await expect(after?.accepted).toBe(before?.accepted);
      await expect(after?.open).toBe(0);
      await expect(
        canvas.getByRole('alertdialog', { name: storyText(globals, 'title.account') }),
      ).toBeVisible();
    });
  },
};

/**
 * A scripted start-up on the real SDK, as a viewer sees it: waiting in line (number 3 of 5, then
 * 2 of 4), the backend's progress letter, a WebRTC negotiation whose first frame never comes (the
 * 8 s watchdog calls it stalled), and Reconnect, which starts the start-up again on a new socket.
 */
export const ScriptedStartup: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    await connected(canvasElement);
    const stage = canvas.getByRole('region', { name: 'Stream' });
    // The start-up overlay is the stage's one status region (the close overlay is an alertdialog).
    const overlay = () => within(stage).getByRole('status');
    /**
     * Waits until the overlay shows every one of `texts` on screen. Its visually hidden live
     * region repeats some of them for screen readers (1 px, clipped): those copies do not count.
     */
    const sees = (texts: string[], timeout = 8_000) =>
      waitFor(
        async () => {
          for (const text of texts) {
            const shown = within(overlay())
              .getAllByText(text)
              .filter((element) => element.getBoundingClientRect().width > 1);
            await expect(shown).toHaveLength(1);
            await expect(shown[0]).toBeVisible();
          }
        },
        { timeout },
      );
    const webRtc = () => within(canvas.getByRole('group', { name: /^Simulated WebRTC/ }));

    await step('Queued: number 3 of 5, about 2 minutes', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Put in the queue' }));
      await sees([
        storyText(globals, 'startup.title.queued'),
        storyText(globals, 'startup.queue.positionOf', { position: 3, length: 5 }),
        storyWait(globals, 2),
      ]);
    });

    await step('The queue moves: number 2 of 4, about a minute', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Advance the queue' }));
      await sees([
        storyText(globals, 'startup.queue.positionOf', { position: 2, length: 4 }),
        storyWait(globals, 1),
      ]);
    });

    await step("A progress letter: preparing, with the backend's text", async () => {
      const letter = canvas.getByLabelText('Progress letter');
      await userEvent.clear(letter);
      await userEvent.type(letter, 'Loading level 2 of 3');
      await userEvent.click(canvas.getByRole('button', { name: 'Send letter' }));
      await sees([storyText(globals, 'startup.title.preparing'), 'Loading level 2 of 3']);
      await expect(
        within(overlay()).queryByText(storyText(globals, 'startup.title.queued')),
      ).toBeNull();
    });

    await step('WebRTC negotiates but no frame comes: stalled after the 8 s watchdog', async () => {
      const start = Date.now();
      await userEvent.click(webRtc().getByRole('button', { name: 'Negotiate, never start video' }));
      await sees([storyText(globals, 'startup.title.waiting-for-video')]);
      await sees(
        [
          storyText(globals, 'startup.title.stalled'),
          storyText(globals, 'startup.description.stalled'),
        ],
        20_000,
      );
      // The watchdog, not anything sooner: it was armed when WebRTC connected, after the click.
      await expect(Date.now() - start).toBeGreaterThanOrEqual(PLAYGROUND_STALLED_AFTER_MS - 500);
      await expect(
        within(overlay()).getByRole('button', { name: storyText(globals, 'action.reconnect') }),
      ).toBeVisible();
    });

    await step('Reconnect: a new socket, and the start-up begins again', async () => {
      const before = await probeSimulator();
      await userEvent.click(
        within(overlay()).getByRole('button', { name: storyText(globals, 'action.reconnect') }),
      );
      await waitFor(
        async () => {
          const after = await probeSimulator();
          await expect(after?.accepted).toBe((before?.accepted ?? 0) + 1);
          await expect(after?.open).toBe(1);
        },
        { timeout: 15_000 },
      );
      await expect(canvas.getByRole('list', { name: 'Timeline' })).toHaveTextContent(
        /Start-up: stalled.*Viewer chose reconnect.*Start-up: connecting/,
      );
      await connected(canvasElement);
      // The new socket's session: the backend prepares the stream again, nothing is stalled.
      await sees([storyText(globals, 'startup.title.preparing')]);
      await expect(
        within(overlay()).queryByText(storyText(globals, 'startup.title.stalled')),
      ).toBeNull();
      // The page's own reconnect is no close a viewer needs to hear about.
      await expect(canvas.queryByRole('alertdialog')).toBeNull();
    });
  },
};

/**
 * A scripted idle kick on the real SDK: the simulator sends short idle settings (a warning after
 * 5 s, 10 s to go) as Arcware's backend does, the first frame starts the SDK's idle timer, and
 * the viewer keeps the stream with "I'm still here".
 */
export const ScriptedIdle: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const t = textIn(globals);
    const timeline = () => canvas.getByRole('list', { name: 'Timeline' });
    await connected(canvasElement);

    await step('Short idle settings, then the first frame: the warning comes', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Send idle settings' }));
      await waitFor(() =>
        expect(timeline()).toHaveTextContent('Idle settings: a warning after 5 s, then 10 s'),
      );
      await userEvent.click(canvas.getByRole('button', { name: 'Start video' }));
      const dialog = await canvas.findByRole(
        'alertdialog',
        { name: t('idle.title') },
        { timeout: 10_000 },
      );
      await expect(dialog).toHaveAccessibleDescription(storyPattern(globals, 'idle.countdown'));
      await expect(timeline()).toHaveTextContent('Idle warning: 10 s');
    });

    await step("I'm still here: the warning goes and the stream stays", async () => {
      await userEvent.click(canvas.getByRole('button', { name: t('action.stay') }));
      await waitFor(() => expect(canvas.queryByRole('alertdialog')).toBeNull());
      await waitFor(() => expect(timeline()).toHaveTextContent('Viewer stayed'));
      await expect(canvas.getByText(/This page's socket: open\./)).toBeVisible();
    });
  },
};
