import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Playground } from './playground/playground.js';
import { probeSimulator } from './playground/simulator-client.js';
import { storyPattern, storyText } from './support/story-text.js';

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
