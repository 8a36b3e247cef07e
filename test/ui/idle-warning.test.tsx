import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_WARNING_OFF, type IdleWarningState } from '../../src/core/idle-state.js';
import { ar } from '../../src/locales/ar.js';
import { de } from '../../src/locales/de.js';
import type { CloseLocale } from '../../src/locales/types.js';
import { IdleWarning, type IdleWarningProps } from '../../src/ui/idle-warning.js';

/** A running warning as the hook would hold it, with `stay` watched. */
const warning = (extra: Partial<IdleWarningState> = {}) => ({
  ...IDLE_WARNING_OFF,
  active: true,
  secondsLeft: 8,
  endsAt: null,
  ...extra,
  stay: vi.fn(),
});

/** A state a careless host might build by hand; typed loosely on purpose. */
const loose = (value: unknown) => value as IdleWarningProps['state'];

const dialog = () => screen.getByRole('alertdialog');
const sentence = () => dialog().querySelector('.arc-idle-warning__description')?.textContent;

afterEach(() => {
  vi.useRealTimers();
});

describe('what the warning shows', () => {
  it('renders nothing while no warning runs', () => {
    const { container } = render(<IdleWarning state={warning({ active: false })} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('renders nothing for a stream that does not exist yet', () => {
    const { container } = render(<IdleWarning pixelStreaming={null} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('asks "Are you still there?" in an alertdialog described by the seconds left', () => {
    render(<IdleWarning state={warning()} />);
    expect(dialog()).toHaveAccessibleName('Are you still there?');
    expect(dialog()).toHaveAccessibleDescription('The stream ends in 8 seconds');
    expect(screen.getByRole('heading', { name: 'Are you still there?' })).toBeInTheDocument();
  });

  it.each([
    [8, 'The stream ends in 8 seconds'],
    [1, 'The stream ends in 1 second'],
    [0, 'The stream ends in 0 seconds'],
    [2.4, 'The stream ends in 3 seconds'],
  ])('%s seconds left: "%s"', (secondsLeft, text) => {
    render(<IdleWarning state={warning({ secondsLeft })} />);
    expect(sentence()).toBe(text);
  });

  it('does not announce the ticking sentence: only the dialog appearing is said', () => {
    render(<IdleWarning state={warning()} />);
    const ticking = screen.getByText('The stream ends in 8 seconds');
    expect(ticking.closest('[aria-live]')).toHaveAttribute('aria-live', 'off');
    expect(dialog()).not.toHaveAttribute('aria-live');
  });

  it('"I\'m still here" calls stay()', async () => {
    const state = warning();
    render(<IdleWarning state={state} />);
    await userEvent.click(screen.getByRole('button', { name: "I'm still here" }));
    expect(state.stay).toHaveBeenCalledTimes(1);
  });

  it('Escape answers the question too: it calls stay()', async () => {
    const state = warning();
    render(<IdleWarning state={state} />);
    screen.getByRole('button', { name: "I'm still here" }).focus();
    await userEvent.keyboard('{Escape}');
    expect(state.stay).toHaveBeenCalledTimes(1);
  });

  it('goes when the host state says the warning ended', async () => {
    function Host() {
      const [active, setActive] = useState(true);
      return <IdleWarning state={{ ...warning({ active }), stay: () => setActive(false) }} />;
    }
    const { container } = render(<Host />);
    await userEvent.click(screen.getByRole('button', { name: "I'm still here" }));
    expect(container).toBeEmptyDOMElement();
  });

  it('a state without stay() still renders, and its button does nothing', async () => {
    render(<IdleWarning state={loose({ active: true, secondsLeft: 3, endsAt: null })} />);
    await userEvent.click(screen.getByRole('button', { name: "I'm still here" }));
    expect(sentence()).toBe('The stream ends in 3 seconds');
  });

  it('renders on the server without logging', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const html = renderToString(<IdleWarning state={warning()} />);
    expect(html).toContain('Are you still there?');
    expect(html).toContain('The stream ends in 8 seconds');
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });
});

describe('the countdown ticks from endsAt by itself', () => {
  it('counts 8, 7, ... 0 from endsAt without re-rendering the host, and never below 0', () => {
    vi.useFakeTimers();
    let hostRenders = 0;
    const state = warning({ secondsLeft: 8, endsAt: Date.now() + 8_000 });
    function Host() {
      hostRenders += 1;
      return <IdleWarning state={state} />;
    }
    render(<Host />);
    expect(sentence()).toBe('The stream ends in 8 seconds');
    const seen = [8];
    for (let second = 0; second < 10; second += 1) {
      act(() => void vi.advanceTimersByTime(1_000));
      seen.push(Number(/\d+/.exec(sentence() ?? '')?.[0]));
    }
    expect(seen).toEqual([8, 7, 6, 5, 4, 3, 2, 1, 0, 0, 0]);
    expect(sentence()).toBe('The stream ends in 0 seconds');
    expect(hostRenders).toBe(1);
  });

  it('reads the clock it is given', () => {
    render(<IdleWarning state={warning({ endsAt: 52_500 })} now={() => 51_600} />);
    expect(sentence()).toBe('The stream ends in 1 second');
  });

  it("reads the options' clock when no now is given", () => {
    render(<IdleWarning state={warning({ endsAt: 52_500 })} options={{ now: () => 50_000 }} />);
    expect(sentence()).toBe('The stream ends in 3 seconds');
  });

  it('prefers endsAt over secondsLeft', () => {
    render(<IdleWarning state={warning({ secondsLeft: 9, endsAt: 4_000 })} now={() => 0} />);
    expect(sentence()).toBe('The stream ends in 4 seconds');
  });
});

describe('bad seconds are never shown', () => {
  it.each([
    ['endsAt in the past', { endsAt: 1_000, secondsLeft: 3 }, 'The stream ends in 0 seconds'],
    ['negative secondsLeft', { endsAt: null, secondsLeft: -4 }, 'The stream ends in 0 seconds'],
    ['NaN endsAt', { endsAt: NaN, secondsLeft: 5 }, 'The stream ends in 5 seconds'],
    ['Infinity endsAt', { endsAt: Infinity, secondsLeft: 5 }, 'The stream ends in 5 seconds'],
    ['NaN secondsLeft', { endsAt: null, secondsLeft: NaN }, 'The stream ends soon'],
    ['null seconds', { endsAt: null, secondsLeft: null }, 'The stream ends soon'],
    ['no seconds at all', { endsAt: undefined, secondsLeft: undefined }, 'The stream ends soon'],
    ['text seconds', { endsAt: '9000', secondsLeft: '7' }, 'The stream ends soon'],
  ])('%s: "%s"', (_name, seconds, text) => {
    render(<IdleWarning state={loose({ active: true, ...seconds })} now={() => 10_000} />);
    expect(sentence()).toBe(text);
    expect(sentence()).not.toMatch(/-|NaN|Infinity/);
  });

  it.each([
    ['true as a string', 'true'],
    ['1', 1],
  ])('active %s is not active', (_name, active) => {
    const { container } = render(<IdleWarning state={loose({ ...warning(), active })} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('language', () => {
  it('takes the language and direction of the chosen locale', () => {
    render(<IdleWarning state={warning()} locale={ar} />);
    expect(dialog()).toHaveAttribute('lang', 'ar');
    expect(dialog()).toHaveAttribute('dir', 'rtl');
    expect(dialog()).toHaveAccessibleName(/\S/);
  });

  it('falls back to English for a key the locale lacks', () => {
    const partial = { locale: 'de', dir: 'ltr', messages: {} } as unknown as CloseLocale;
    render(<IdleWarning state={warning()} locale={partial} />);
    expect(dialog()).toHaveAttribute('lang', 'de');
    expect(dialog()).toHaveAccessibleName('Are you still there?');
  });

  it('picks the plural form with Intl.PluralRules, for messages a host overrides', () => {
    render(
      <IdleWarning
        state={warning({ secondsLeft: 1 })}
        locale={de}
        messages={{
          'idle.countdown': { one: 'Noch {seconds} Sekunde', other: 'Noch {seconds} Sekunden' },
        }}
      />,
    );
    expect(sentence()).toBe('Noch 1 Sekunde');
  });

  it("takes the host's t first", () => {
    const t = (key: string) => (key === 'action.stay' ? 'Ich bin noch da' : undefined);
    render(<IdleWarning state={warning()} t={t} locale="de" />);
    expect(screen.getByRole('button', { name: 'Ich bin noch da' })).toBeInTheDocument();
    expect(dialog()).toHaveAttribute('lang', 'de');
  });
});

describe('styling', () => {
  it('merges classNames with the defaults on every part', () => {
    render(
      <IdleWarning
        state={warning()}
        className="own"
        classNames={{
          root: 'r',
          panel: 'p',
          title: 't',
          description: 'd',
          status: 's',
          actions: 'as',
          action: 'a',
        }}
      />,
    );
    expect(dialog()).toHaveClass('arc-idle-warning', 'r', 'own');
    expect(dialog().firstElementChild).toHaveClass('arc-idle-warning__panel', 'p');
    expect(screen.getByRole('heading')).toHaveClass('arc-idle-warning__title', 't');
    expect(dialog().querySelector('p')).toHaveClass('arc-idle-warning__description', 'd');
    expect(dialog().querySelector('[aria-live="off"]')).toHaveClass(
      'arc-idle-warning__status',
      's',
    );
    const button = screen.getByRole('button');
    expect(button.parentElement).toHaveClass('arc-idle-warning__actions', 'as');
    expect(button).toHaveClass('arc-idle-warning__action', 'a');
    expect(dialog()).toHaveAttribute('data-styled', '');
  });

  it('unstyled drops every default class and keeps the host ones', () => {
    render(<IdleWarning state={warning()} unstyled classNames={{ action: 'mine' }} />);
    expect(document.querySelector('[class*="arc-idle-warning"]')).toBeNull();
    expect(dialog()).not.toHaveAttribute('data-styled');
    expect(screen.getByRole('button')).toHaveAttribute('class', 'mine');
  });

  it('puts the theme on the root as custom properties, style after it', () => {
    render(
      <IdleWarning
        state={warning()}
        theme={{ accent: '#ff0066', radius: 4, colorScheme: 'dark' }}
        style={{ zIndex: 3 }}
      />,
    );
    expect(dialog()).toHaveAttribute('data-color-scheme', 'dark');
    expect(dialog().style.getPropertyValue('--arc-accent')).toBe('#ff0066');
    expect(dialog().style.getPropertyValue('--arc-radius')).toBe('4px');
    expect(dialog().style.zIndex).toBe('3');
    expect(dialog()).toHaveAttribute('data-arc-idle-warning', '');
  });

  it('the button is the primary action the focus rule looks for', () => {
    render(<IdleWarning state={warning()} />);
    expect(screen.getByRole('button')).toHaveAttribute('data-variant', 'primary');
    expect(screen.getByRole('button')).toHaveAttribute('data-action', 'stay');
  });
});
