import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { parseCommand } from '../../.storybook/simulator/parse-command.js';
import {
  MAX_ESTIMATED_WAIT_SECONDS,
  MAX_IDLE_COUNTDOWN_SECONDS,
  MAX_IDLE_WARN_SECONDS,
  MAX_LETTER_CHARS,
  MAX_QUEUE_LENGTH,
  SIMULATOR_PATH,
} from '../../.storybook/simulator/protocol.js';
import {
  createSignallingSimulator,
  type SignallingSimulator,
} from '../../.storybook/simulator/signalling-simulator.js';

describe('parseCommand: queue', () => {
  it('reads a position, a length and an estimated wait in seconds', () => {
    expect(
      parseCommand({ command: 'queue', position: 3, length: 5, estimatedWaitSeconds: 90 }),
    ).toEqual({ command: 'queue', position: 3, length: 5, estimatedWaitSeconds: 90 });
  });

  it('reads a missing or null estimate as unknown', () => {
    expect(parseCommand({ command: 'queue', position: 1, length: 1 })).toEqual({
      command: 'queue',
      position: 1,
      length: 1,
      estimatedWaitSeconds: null,
    });
    expect(
      parseCommand({ command: 'queue', position: 2, length: 9, estimatedWaitSeconds: null }),
    ).toMatchObject({ estimatedWaitSeconds: null });
  });

  it.each([0, -1, 2.5, NaN, Infinity, '3', null, true, MAX_QUEUE_LENGTH + 1])(
    'refuses the position %s',
    (position) => {
      expect(parseCommand({ command: 'queue', position, length: 5 })).toEqual({
        error: expect.stringMatching(/queue position/),
      });
    },
  );

  it.each([2, 0, 4.5, '5', undefined, MAX_QUEUE_LENGTH + 1])(
    'refuses the length %s for position 3',
    (length) => {
      expect(parseCommand({ command: 'queue', position: 3, length })).toEqual({
        error: expect.stringMatching(/queue length/),
      });
    },
  );

  it.each([-1, NaN, Infinity, '90', MAX_ESTIMATED_WAIT_SECONDS + 1])(
    'refuses the estimated wait %s',
    (estimatedWaitSeconds) => {
      expect(
        parseCommand({ command: 'queue', position: 3, length: 5, estimatedWaitSeconds }),
      ).toEqual({ error: expect.stringMatching(/estimated wait/) });
    },
  );

  it('reads queue-advance, ignoring anything else in the body', () => {
    expect(parseCommand({ command: 'queue-advance', position: 'x' })).toEqual({
      command: 'queue-advance',
    });
  });
});

describe('parseCommand: letter', () => {
  it('keeps the text as it is, markup included (the kit must render it as text)', () => {
    expect(parseCommand({ command: 'letter', text: 'Loading <b>level</b> 2 of 3' })).toEqual({
      command: 'letter',
      text: 'Loading <b>level</b> 2 of 3',
    });
  });

  it.each([undefined, null, 42, '', '   '])('refuses the text %s', (text) => {
    expect(parseCommand({ command: 'letter', text })).toEqual({
      error: 'A letter needs some text.',
    });
  });

  it('cuts huge text to its first characters, never inside a surrogate pair', () => {
    const huge = parseCommand({ command: 'letter', text: 'x'.repeat(100_000) });
    expect(huge).toEqual({ command: 'letter', text: 'x'.repeat(MAX_LETTER_CHARS) });

    const emoji = parseCommand({ command: 'letter', text: `a${'🙂'.repeat(MAX_LETTER_CHARS)}` });
    expect('text' in emoji && Array.from(emoji.text)).toEqual([
      'a',
      ...Array<string>(MAX_LETTER_CHARS - 1).fill('🙂'),
    ]);
  });
});

describe('parseCommand: idle', () => {
  it('defaults to a warning after 5 s and a 10 s countdown', () => {
    expect(parseCommand({ command: 'idle' })).toEqual({
      command: 'idle',
      warnSeconds: 5,
      countdownSeconds: 10,
    });
  });

  it('reads the limits themselves', () => {
    expect(parseCommand({ command: 'idle', warnSeconds: 1, countdownSeconds: 10 })).toEqual({
      command: 'idle',
      warnSeconds: 1,
      countdownSeconds: 10,
    });
    expect(
      parseCommand({
        command: 'idle',
        warnSeconds: MAX_IDLE_WARN_SECONDS,
        countdownSeconds: MAX_IDLE_COUNTDOWN_SECONDS,
      }),
    ).toEqual({
      command: 'idle',
      warnSeconds: MAX_IDLE_WARN_SECONDS,
      countdownSeconds: MAX_IDLE_COUNTDOWN_SECONDS,
    });
  });

  it.each([0, -5, 2.5, NaN, Infinity, '5', null, true, MAX_IDLE_WARN_SECONDS + 1])(
    'refuses the idle timeout %s',
    (warnSeconds) => {
      expect(parseCommand({ command: 'idle', warnSeconds })).toEqual({
        error: expect.stringMatching(/idle timeout/),
      });
    },
  );

  it.each([9, 0, 10.5, NaN, '10', null, MAX_IDLE_COUNTDOWN_SECONDS + 1])(
    'refuses the countdown %s',
    (countdownSeconds) => {
      expect(parseCommand({ command: 'idle', countdownSeconds })).toEqual({
        error: expect.stringMatching(/idle countdown/),
      });
    },
  );
});

describe('the simulator: queue and letters on every open socket', () => {
  let server: Server | undefined;
  let simulator: SignallingSimulator | undefined;
  const clients: WebSocket[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.terminate();
    simulator?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** A client socket and every message it receives, parsed. */
  async function connect(): Promise<unknown[]> {
    const { port } = server!.address() as AddressInfo;
    const client = new WebSocket(`ws://127.0.0.1:${port}${SIMULATOR_PATH}`);
    clients.push(client);
    const messages: unknown[] = [];
    client.on('message', (data) => messages.push(JSON.parse(String(data))));
    await new Promise((resolve, reject) => client.once('open', resolve).once('error', reject));
    await expect.poll(() => messages.length).toBe(1); // the session id
    return messages;
  }

  async function start(): Promise<void> {
    const sim = createSignallingSimulator();
    simulator = sim;
    server = createServer();
    server.on('upgrade', (request, socket, head) => sim.handleUpgrade(request, socket, head));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  }

  it('queues every socket, advances each by one, and a letter takes it out of the queue', async () => {
    await start();
    const first = await connect();
    const second = await connect();

    expect(
      simulator!.run({ command: 'queue', position: 3, length: 5, estimatedWaitSeconds: 90 }),
    ).toMatchObject({ open: 2, queued: 2 });
    const queued = {
      type: 'queue',
      queue: {
        index: 2,
        queueLength: 5,
        waited: 0,
        estimatedWaitTime: 90,
        averageWaitTime: null,
        valueType: 'seconds',
      },
    };
    await expect.poll(() => first.at(-1)).toEqual(queued);
    await expect.poll(() => second.at(-1)).toEqual(queued);

    simulator!.run({ command: 'queue-advance' });
    await expect
      .poll(() => first.at(-1))
      .toMatchObject({
        type: 'queue',
        queue: { index: 1, queueLength: 4, estimatedWaitTime: 60, valueType: 'seconds' },
      });

    expect(simulator!.run({ command: 'letter', text: 'Loading level 2 of 3' })).toMatchObject({
      queued: 0,
    });
    const letter = { type: 'letter', reason: 'LL: Loading level 2 of 3', code: 0, verbosity: 0 };
    await expect.poll(() => first.at(-1)).toEqual(letter);
    await expect.poll(() => second.at(-1)).toEqual(letter);

    // Out of the queue: advancing it sends nothing more.
    const count = first.length;
    simulator!.run({ command: 'queue-advance' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(first).toHaveLength(count);
  });

  it("sends the platform's idle settings to every open socket as a streamInfo", async () => {
    await start();
    const first = await connect();
    const second = await connect();
    expect(simulator!.run({ command: 'idle', warnSeconds: 5, countdownSeconds: 10 })).toMatchObject(
      { open: 2 },
    );
    const info = {
      type: 'streamInfo',
      streamInfo: { guid: 'sim', afk: { enabled: true, warn: 5, error: 0, action: 10 } },
    };
    await expect.poll(() => first.at(-1)).toEqual(info);
    await expect.poll(() => second.at(-1)).toEqual(info);
  });

  it('keeps the first in line first, and forgets a socket that closes', async () => {
    await start();
    const messages = await connect();
    simulator!.run({ command: 'queue', position: 1, length: 2, estimatedWaitSeconds: null });
    simulator!.run({ command: 'queue-advance' });
    await expect.poll(() => messages.length).toBe(3);
    expect(messages.at(-1)).toMatchObject({
      queue: { index: 0, queueLength: 2, estimatedWaitTime: null },
    });

    clients[0]!.close();
    await expect.poll(() => simulator!.status()).toMatchObject({ open: 0, queued: 0 });
  });
});
