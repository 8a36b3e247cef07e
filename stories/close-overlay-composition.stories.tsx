import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import {
  CloseOverlay,
  CloseOverlayActions,
  CloseOverlayStatus,
  CloseOverlayTitle,
  type CloseOverlayRenderProps,
} from '../src/index.js';
import { closeState } from './support/close-states.js';
import { renderOnStage } from './support/story-overlay.js';
import { storyPattern, storyText } from './support/story-text.js';

const meta = {
  title: 'Overlay/Composition',
  component: CloseOverlay,
  args: { state: { ...closeState(1006, 'reconnecting'), cancelRetry: fn(), reconnect: fn() } },
  render: renderOnStage,
} satisfies Meta<typeof CloseOverlay>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The parts recomposed: a title, the retry line and the buttons, without description or details. */
export const Parts: Story = {
  args: {
    children: (
      <>
        <CloseOverlayTitle />
        <CloseOverlayStatus />
        <CloseOverlayActions />
      </>
    ),
  },
  play: async ({ args, canvasElement, globals }) => {
    const dialog = within(canvasElement).getByRole('alertdialog', {
      name: storyText(globals, 'title.reconnecting'),
    });
    await expect(dialog).toHaveTextContent(storyPattern(globals, 'status.countdown'));
    await expect(dialog.querySelector('details')).toBeNull();
    await userEvent.click(
      within(dialog).getByRole('button', { name: storyText(globals, 'action.cancelRetry') }),
    );
    await expect(args.state?.cancelRetry).toHaveBeenCalledOnce();
  },
};

/** A render function: the overlay's text and actions, drawn with the host's own markup. */
function BrandedBody({ title, description, actions }: CloseOverlayRenderProps) {
  return (
    <div className="story-custom-body">
      <p className="story-custom-title">{title}</p>
      <p>{description}</p>
      <ul>
        {actions.map(({ action, label, run }) => (
          <li key={action}>
            <button type="button" onClick={run}>
              {label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** `children` as a function: fully custom markup that still runs the built-in actions. */
export const RenderFunction: Story = {
  args: {
    state: { ...closeState(1006, 'gave-up'), reconnect: fn() },
    children: (props: CloseOverlayRenderProps) => <BrandedBody {...props} />,
  },
  play: async ({ args, canvasElement, globals }) => {
    const dialog = within(canvasElement).getByRole('alertdialog', {
      name: storyText(globals, 'title.network'),
    });
    await expect(dialog).toHaveTextContent(storyText(globals, 'description.1006'));
    await userEvent.click(
      within(dialog).getByRole('button', { name: storyText(globals, 'action.tryAgain') }),
    );
    await expect(args.state?.reconnect).toHaveBeenCalledOnce();
  },
};
