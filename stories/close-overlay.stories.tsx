import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { BRAND_THEME } from '../.storybook/themes.js';
import { CloseOverlay } from '../src/ui/close-overlay.js';
import { closeState } from './support/close-states.js';
import { renderOnStage } from './support/story-overlay.js';
import { storyText } from './support/story-text.js';

const meta = {
  title: 'Overlay/CloseOverlay',
  component: CloseOverlay,
  args: { state: closeState(4460, 'closed'), supportHref: 'mailto:support@example.com' },
  render: renderOnStage,
} satisfies Meta<typeof CloseOverlay>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A terminal close (4460, the trial limit): no retry, the viewer is pointed to support. */
export const Closed: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const dialog = canvas.getByRole('alertdialog', { name: storyText(globals, 'title.account') });
    await expect(dialog).toHaveAccessibleDescription(storyText(globals, 'description.4460'));
    await expect(
      within(dialog).getByRole('link', { name: storyText(globals, 'action.contact-support') }),
    ).toHaveAttribute('href', expect.stringMatching(/^mailto:support@example\.com\?/));
    await expect(
      within(dialog).queryByRole('button', { name: storyText(globals, 'action.reconnect') }),
    ).toBeNull();
  },
};

/** A dropped connection (1006) while the kit counts down to its next attempt. */
export const Reconnecting: Story = {
  args: { state: closeState(1006, 'reconnecting') },
  play: async ({ canvasElement, globals }) => {
    const dialog = within(canvasElement).getByRole('alertdialog', {
      name: storyText(globals, 'title.reconnecting'),
    });
    await expect(dialog).toHaveTextContent(storyText(globals, 'status.countdown', { seconds: 8 }));
    await expect(
      within(dialog).getByRole('button', { name: storyText(globals, 'action.cancelRetry') }),
    ).toBeVisible();
  },
};

/** Automatic retries ran out: the viewer can try again by hand. */
export const GaveUp: Story = {
  args: { state: closeState(1006, 'gave-up') },
  play: async ({ canvasElement, globals }) => {
    const dialog = within(canvasElement).getByRole('alertdialog');
    await expect(dialog).toHaveTextContent(storyText(globals, 'status.gaveUp', { count: 5 }));
    await expect(
      within(dialog).getByRole('button', { name: storyText(globals, 'action.tryAgain') }),
    ).toBeVisible();
  },
};

/** A due retry that waits for the browser to come back online. */
export const WaitingForNetwork: Story = {
  args: { state: { ...closeState(1006, 'reconnecting'), retryAt: null, waitingFor: 'online' } },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByRole('alertdialog')).toHaveTextContent(
      storyText(globals, 'status.offline'),
    );
  },
};

/** A hostile server reason is shown as plain text in the details, never as markup. */
export const HostileReason: Story = {
  args: {
    state: closeState(4666, 'closed', '<img src=x onerror="alert(1)"> Internal error'),
  },
  play: async ({ canvasElement }) => {
    const dialog = within(canvasElement).getByRole('alertdialog');
    await expect(dialog.querySelector('img')).toBeNull();
    await expect(dialog).toHaveTextContent('<img src=x onerror="alert(1)"> Internal error');
  },
};

/** The brand example passed as the `theme` prop: colours, radius and font as custom properties. */
export const BrandTheme: Story = {
  args: { theme: BRAND_THEME, state: closeState(4501, 'reconnecting') },
  play: async ({ canvasElement }) => {
    const dialog = within(canvasElement).getByRole('alertdialog');
    await expect(dialog.style.getPropertyValue('--arc-accent')).toBe(BRAND_THEME.accent);
  },
};

/** `unstyled`: none of the default class names, so only the host's own CSS applies. */
export const Unstyled: Story = {
  args: { unstyled: true },
  play: async ({ canvasElement, globals }) => {
    const dialog = within(canvasElement).getByRole('alertdialog', {
      name: storyText(globals, 'title.account'),
    });
    await expect(dialog).not.toHaveClass('arc-close-overlay');
    await expect(canvasElement.querySelector('[class*="arc-close-overlay"]')).toBeNull();
  },
};
