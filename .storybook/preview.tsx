import type { Decorator, Preview } from '@storybook/react-vite';
import { nativeName, SHIPPED_LOCALES, shippedLocale } from './shipped-locales.js';
import { StoryGlobalsContext } from './story-globals.js';
import { storyTheme, THEMES } from './themes.js';
import '../src/styles.css';
import './preview.css';

/** Applies the toolbar's locale (language and direction) and theme to every story. */
const withLocaleAndTheme: Decorator = (Story, context) => {
  const locale = shippedLocale(context.globals.locale);
  const theme = storyTheme(context.globals.theme);
  return (
    <StoryGlobalsContext.Provider value={{ locale, theme }}>
      <div
        className="story-root"
        lang={locale.locale}
        dir={locale.dir}
        data-story-theme={String(context.globals.theme ?? 'light')}
      >
        <Story />
      </div>
    </StoryGlobalsContext.Provider>
  );
};

const preview: Preview = {
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the overlay',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: SHIPPED_LOCALES.map((locale) => ({
          value: locale.locale,
          title: `${nativeName(locale.locale)} (${locale.locale}${locale.dir === 'rtl' ? ', right-to-left' : ''})`,
        })),
      },
    },
    theme: {
      description: 'Overlay theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: THEMES.map(({ value, title }) => ({ value, title })),
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Every story is also a test: an axe violation fails it.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
