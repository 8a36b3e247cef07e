import { describe, expect, it } from 'vitest';
import { readQueue } from '../../src/core/startup-queue.js';

const message = (queue: Record<string, unknown>) => ({
  type: 'queue',
  queue: {
    index: 2,
    queueLength: 5,
    waited: 12,
    estimatedWaitTime: 40,
    valueType: 'seconds',
    ...queue,
  },
});

describe('readQueue', () => {
  it('turns the 0-based index into a position and every time into ms', () => {
    expect(readQueue(message({}))).toEqual({
      position: 3,
      length: 5,
      estimatedWaitMs: 40_000,
      waitedMs: 12_000,
    });
    expect(readQueue(message({ valueType: 'minutes', estimatedWaitTime: 1.5 }))).toMatchObject({
      estimatedWaitMs: 90_000,
      waitedMs: 720_000,
    });
    expect(readQueue(message({ valueType: 'milliseconds' }))?.estimatedWaitMs).toBe(40);
  });

  it.each([
    ['a non-integer index', { index: 1.5 }],
    ['a negative index', { index: -1 }],
    ['a huge index', { index: 1e308 }],
    ['no index', { index: undefined }],
    ['a string index', { index: '2' }],
  ])('ignores a message with %s', (_, queue) => {
    expect(readQueue(message(queue))).toBeNull();
  });

  it('keeps the position but drops what makes no sense beside it', () => {
    expect(
      readQueue(
        message({ queueLength: 1e308, estimatedWaitTime: 1e308, waited: null, valueType: 'days' }),
      ),
    ).toEqual({ position: 3, length: null, estimatedWaitMs: null, waitedMs: null });
    expect(readQueue(message({ queueLength: 2 }))?.length).toBeNull();
    expect(readQueue(message({ queueLength: -4, estimatedWaitTime: -3 }))).toMatchObject({
      length: null,
      estimatedWaitMs: null,
    });
    expect(readQueue(message({ valueType: undefined }))).toMatchObject({
      estimatedWaitMs: null,
      waitedMs: null,
    });
    expect(readQueue(message({ estimatedWaitTime: Number.NaN }))?.estimatedWaitMs).toBeNull();
  });

  it('never throws on hostile input', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    for (const value of [
      null,
      undefined,
      7,
      'queue',
      { queue: null },
      hostile,
      { queue: hostile },
    ]) {
      expect(() => readQueue(value)).not.toThrow();
      expect(readQueue(value)).toBeNull();
    }
  });
});
