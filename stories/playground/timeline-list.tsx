import type { TimelineEntry } from './use-close-timeline.js';

const time = new Intl.DateTimeFormat('en', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  fractionalSecondDigits: 1,
  hourCycle: 'h23',
});

/** The timeline, oldest first. */
export function TimelineList({ entries }: { entries: readonly TimelineEntry[] }) {
  return (
    <section className="playground-timeline" aria-labelledby="playground-timeline-heading">
      <h2 id="playground-timeline-heading">What the hook saw</h2>
      {entries.length === 0 ? (
        <p>Nothing yet: use the controls to close the stream.</p>
      ) : (
        // Focusable: once it scrolls, keyboard users must be able to scroll it too.
        <ol aria-label="Timeline" tabIndex={0}>
          {entries.map((entry) => (
            <li key={entry.id} data-kind={entry.kind}>
              <time dateTime={new Date(entry.at).toISOString()}>{time.format(entry.at)}</time>{' '}
              {entry.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
