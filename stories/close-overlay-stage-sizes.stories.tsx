import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { closeState } from './support/close-states.js';
import { StoryOverlay } from './support/story-overlay.js';
import { storyPattern, storyText } from './support/story-text.js';
import { StreamStage, type StageSize } from './support/stream-stage.js';

const CLOSED = 'Closed (4460)';
const COUNTDOWN = 'Reconnecting (1006)';

/** A terminal close and a countdown, each on a stage of the same size. */
function StageSizes(size: StageSize) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'start' }}>
      <StreamStage label={CLOSED} size={size}>
        <StoryOverlay state={closeState(4460, 'closed')} supportHref="mailto:support@example.com" />
      </StreamStage>
      <StreamStage label={COUNTDOWN} size={size}>
        <StoryOverlay
          state={closeState(1006, 'reconnecting')}
          supportHref="mailto:support@example.com"
        />
      </StreamStage>
    </div>
  );
}

const meta = {
  title: 'Overlay/Stage sizes',
  component: StageSizes,
} satisfies Meta<typeof StageSizes>;

export default meta;
type Story = StoryObj<typeof meta>;

const within1px = (inner: DOMRect, outer: DOMRect): boolean =>
  inner.width > 0 &&
  inner.left >= outer.left - 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.bottom <= outer.bottom + 0.5;

/** Both overlays read as usual, and every action and the Details summary is on the stage. */
const play: Story['play'] = async ({ canvasElement, globals }) => {
  // The entrance animation moves the panel by a few px; measure where it comes to rest.
  for (const animation of canvasElement.getAnimations({ subtree: true })) animation.finish();
  const canvas = within(canvasElement);
  const closed = within(canvas.getByRole('region', { name: CLOSED })).getByRole('alertdialog');
  await expect(closed).toHaveAccessibleName(storyText(globals, 'title.account'));
  const countdown = within(canvas.getByRole('region', { name: COUNTDOWN })).getByRole(
    'alertdialog',
  );
  await expect(countdown).toHaveTextContent(storyPattern(globals, 'status.countdown'));
  for (const region of canvas.getAllByRole('region')) {
    const stage = region.getBoundingClientRect();
    const panel = region.querySelector('.arc-close-overlay__panel')!;
    await expect(panel.scrollHeight).toBeLessThanOrEqual(panel.clientHeight);
    for (const target of region.querySelectorAll('button, a[href], summary')) {
      if (target.localName !== 'summary' && target.closest('details:not([open])')) continue;
      await expect(within1px(target.getBoundingClientRect(), stage)).toBe(true);
    }
  }
};

/** A story on stages of `width` x `height` px. */
const onStages = (width: number, height: number): Story => ({ args: { width, height }, play });

/** A phone's smallest 16:9 stream: title, sentence and status run as one paragraph. */
export const Phone320x180 = onStages(320, 180);

/** A 390 px phone: the panel fills the stage; the actions and Details share rows. */
export const Phone390x220 = onStages(390, 220);

/** A small embedded player: the panel fills the stage, with 14 px text in a centred column. */
export const Small640x360 = onStages(640, 360);

/** A desktop player: the floating card as designed for large stages. */
export const Desktop1280x720 = onStages(1280, 720);
