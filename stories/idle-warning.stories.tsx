import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { useStoryGlobals } from '../.storybook/story-globals.js';
import { IDLE_WARNING_OFF } from '../src/core/idle-state.js';
import { IdleWarning, type IdleWarningProps } from '../src/ui/idle-warning.js';
import { StreamStage, type StageSize } from './support/stream-stage.js';
import { textIn } from './support/story-text.js';

interface StoryProps extends Omit<IdleWarningProps, 'state'> {
  /** Seconds left when the story mounts; `null`: the SDK has not said yet. */
  seconds: number | null;
  /** Called by "I'm still here"; the warning then goes. */
  stay: () => void;
  size?: StageSize;
}

/** `<IdleWarning>` in the toolbar's locale and theme, counting down from mount. */
function StoryIdleWarning({ seconds, stay, size, ...props }: StoryProps) {
  const { locale, theme } = useStoryGlobals();
  const [endsAt] = useState(() => (seconds === null ? null : Date.now() + seconds * 1000));
  const [active, setActive] = useState(true);
  const state = {
    ...IDLE_WARNING_OFF,
    active,
    secondsLeft: seconds,
    endsAt,
    stay: () => {
      stay();
      setActive(false);
    },
  };
  return (
    <StreamStage label="Stream" size={size}>
      <IdleWarning locale={locale} theme={theme} {...props} state={state} />
    </StreamStage>
  );
}

const meta = {
  title: 'Overlay/IdleWarning',
  component: StoryIdleWarning,
  args: { seconds: 8, stay: fn() },
} satisfies Meta<typeof StoryIdleWarning>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The overlay's own lookup in the toolbar's locale, English where a key is not translated yet. */
/** The warning, named by its question. */
async function findWarning(canvasElement: HTMLElement, globals: Record<string, unknown>) {
  const dialog = await within(canvasElement).findByRole('alertdialog');
  await expect(dialog).toHaveAccessibleName(textIn(globals)('idle.title'));
  return dialog;
}

/** Eight seconds before the stream ends; "I'm still here" keeps it and the warning goes. */
export const Active: Story = {
  play: async ({ args, canvasElement, globals }) => {
    const t = textIn(globals);
    const dialog = await findWarning(canvasElement, globals);
    await expect(dialog).toHaveAccessibleDescription(t('idle.countdown', { seconds: 8 }));
    await userEvent.click(within(dialog).getByRole('button', { name: t('action.stay') }));
    await expect(args.stay).toHaveBeenCalledTimes(1);
    await expect(within(canvasElement).queryByRole('alertdialog')).toBeNull();
  },
};

/** The count ticks by itself from `endsAt`: 8, then 7. */
export const CountingDown: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = textIn(globals);
    const dialog = await findWarning(canvasElement, globals);
    const sentence = within(dialog).getByText(t('idle.countdown', { seconds: 8 }));
    await waitFor(() => expect(sentence).toHaveTextContent(t('idle.countdown', { seconds: 7 })), {
      timeout: 2_000,
    });
  },
};

/** The SDK has not said how long is left: no number, never a wrong one. */
export const SecondsUnknown: Story = {
  args: { seconds: null },
  play: async ({ canvasElement, globals }) => {
    const dialog = await findWarning(canvasElement, globals);
    await expect(dialog).toHaveAccessibleDescription(textIn(globals)('idle.endsSoon'));
  },
};

/** A phone's small player (320 x 180): the question and the button still fit. */
export const OnSmallStage: Story = {
  args: { size: { width: 320, height: 180 } },
  play: async ({ canvasElement, globals }) => {
    const dialog = await findWarning(canvasElement, globals);
    const stage = within(canvasElement).getByRole('region').getBoundingClientRect();
    const title = within(dialog).getByRole('heading').getBoundingClientRect();
    const button = within(dialog)
      .getByRole('button', { name: textIn(globals)('action.stay') })
      .getBoundingClientRect();
    for (const box of [title, button]) {
      await expect(box.top).toBeGreaterThanOrEqual(stage.top - 0.5);
      await expect(box.bottom).toBeLessThanOrEqual(stage.bottom + 0.5);
    }
  },
};
