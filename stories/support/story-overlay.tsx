import { useStoryGlobals } from '../../.storybook/story-globals.js';
import { CloseOverlay, type CloseOverlayProps } from '../../src/ui/close-overlay.js';
import { storyNow } from './close-states.js';

/** `<CloseOverlay>` in the toolbar's locale and theme, on the stories' fixed clock. */
export function StoryOverlay(props: CloseOverlayProps) {
  const { locale, theme } = useStoryGlobals();
  return <CloseOverlay locale={locale} theme={theme} now={storyNow} {...props} />;
}
