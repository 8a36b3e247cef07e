import { useStoryGlobals } from '../../.storybook/story-globals.js';
import { CloseOverlay, type CloseOverlayProps } from '../../src/ui/close-overlay.js';
import { storyNow } from './close-states.js';
import { StreamStage } from './stream-stage.js';

/** `<CloseOverlay>` in the toolbar's locale and theme, on the stories' fixed clock. */
export function StoryOverlay(props: CloseOverlayProps) {
  const { locale, theme } = useStoryGlobals();
  return <CloseOverlay locale={locale} theme={theme} now={storyNow} {...props} />;
}

/** A story `render` that shows the overlay over a stand-in stream. */
export const renderOnStage = (args: CloseOverlayProps) => (
  <StreamStage label="Stream">
    <StoryOverlay {...args} />
  </StreamStage>
);
