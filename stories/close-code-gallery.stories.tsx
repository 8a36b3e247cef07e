/* eslint-disable storybook/story-exports -- the stories are generated: .storybook/code-stories.ts appends one export per code */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { describeCloseCode } from '../src/core/describe-close-code.js';
import type { MessageKey } from '../src/locales/types.js';
import { CloseOverlay } from '../src/ui/close-overlay.js';
import { closeState, type StoryPhase } from './support/close-states.js';
import { StoryOverlay } from './support/story-overlay.js';
import { storyPattern, storyText } from './support/story-text.js';
import { StreamStage } from './support/stream-stage.js';

const PHASES: readonly { phase: StoryPhase; label: string }[] = [
  { phase: 'closed', label: 'Closed' },
  { phase: 'reconnecting', label: 'Reconnecting, with a countdown' },
  { phase: 'gave-up', label: 'Gave up after 5 attempts' },
];

/** What viewers see for one close code: closed, counting down to a retry, and after giving up. */
function CodeGallery({ code }: { code: number }) {
  return (
    <div className="code-gallery">
      {PHASES.map(({ phase, label }) => (
        <div key={phase} className="code-gallery-item">
          <p className="code-gallery-caption" dir="ltr" lang="en">
            {code}: {label}
          </p>
          <StreamStage label={label}>
            <StoryOverlay
              state={closeState(code, phase)}
              supportHref="mailto:support@example.com"
            />
          </StreamStage>
        </div>
      ))}
    </div>
  );
}

/** The story for one code; `.storybook/code-stories.ts` appends one export per named code. */
export function codeStory(code: number): StoryObj<typeof CodeGallery> {
  const { category } = describeCloseCode(code);
  return {
    render: () => <CodeGallery code={code} />,
    play: async ({ canvasElement, globals }) => {
      const canvas = within(canvasElement);
      const dialogIn = (label: string) =>
        within(canvas.getByRole('region', { name: label })).queryByRole('alertdialog');
      // A transient close (the backend itself reconnecting) is never shown to the viewer.
      if (category === 'transient') {
        for (const { label } of PHASES) await expect(dialogIn(label)).toBeNull();
        return;
      }
      const closed = dialogIn(PHASES[0]!.label);
      await expect(closed).toHaveAccessibleName(
        storyText(globals, `title.${category}` as MessageKey),
      );
      await expect(closed).toHaveAccessibleDescription(
        storyText(globals, `description.${code}` as MessageKey),
      );
      const reconnecting = dialogIn(PHASES[1]!.label);
      await expect(reconnecting).toHaveAccessibleName(storyText(globals, 'title.reconnecting'));
      await expect(reconnecting).toHaveTextContent(storyPattern(globals, 'status.countdown'));
      await expect(dialogIn(PHASES[2]!.label)).toHaveTextContent(
        storyText(globals, 'status.gaveUp', { count: 5 }),
      );
    },
  };
}

const meta = {
  title: 'Overlay/By close code',
  component: CloseOverlay,
  parameters: { layout: 'padded' },
  excludeStories: ['codeStory'],
} satisfies Meta<typeof CloseOverlay>;

export default meta;
