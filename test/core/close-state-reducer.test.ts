import { describe, expect, it } from 'vitest';
import {
  IDLE_STATE,
  closeStateReducer,
  describeCloseCode,
  type CloseInfo,
  type CloseState,
  type CloseStateAction,
} from '../../src/core/index.js';

const closeOf = (code: number): CloseInfo => ({
  ...describeCloseCode(code),
  reason: '',
  wasClean: false,
  at: 1_000,
  source: 'server',
});

const closed = (code: number, maxAttempts = 5, autoRetry = true): CloseStateAction => ({
  type: 'closed',
  close: closeOf(code),
  autoRetry,
  maxAttempts,
});

const run = (...actions: CloseStateAction[]): CloseState =>
  actions.reduce(closeStateReducer, IDLE_STATE);

describe('closeStateReducer', () => {
  it('starts reconnecting after an automatic close', () => {
    expect(run(closed(1006))).toMatchObject({
      status: 'reconnecting',
      close: { code: 1006 },
      attempt: 0,
      maxAttempts: 5,
      gaveUp: false,
    });
  });

  it('waits for the viewer after a manual or terminal close', () => {
    expect(run(closed(4461))).toMatchObject({ status: 'closed', gaveUp: false, maxAttempts: 0 });
    expect(run(closed(4450))).toMatchObject({ status: 'closed', gaveUp: false });
  });

  it('does not retry when the host turned automatic reconnects off', () => {
    expect(run(closed(1006, 5, false))).toMatchObject({ status: 'closed', gaveUp: false });
  });

  it('counts attempts and gives up after maxAttempts', () => {
    const attempts: CloseStateAction[] = [];
    for (let index = 0; index < 3; index += 1) {
      attempts.push(
        { type: 'retry-scheduled', at: 2_000 },
        { type: 'attempt-started' },
        closed(1006, 3),
      );
    }
    const state = run(closed(1006, 3), ...attempts);
    expect(state).toMatchObject({ status: 'closed', attempt: 3, gaveUp: true, retryAt: null });
  });

  it('records when the next attempt is due, and clears it when the attempt starts', () => {
    const scheduled = run(closed(1006), { type: 'retry-scheduled', at: 5_000 });
    expect(scheduled.retryAt).toBe(5_000);
    expect(closeStateReducer(scheduled, { type: 'attempt-started' })).toMatchObject({
      attempt: 1,
      retryAt: null,
    });
  });

  it('pauses a retry while offline or hidden, and says what it waits for', () => {
    const paused = run(
      closed(1006),
      { type: 'retry-scheduled', at: 5_000 },
      {
        type: 'retry-paused',
        waitingFor: 'online',
      },
    );
    expect(paused).toMatchObject({ status: 'reconnecting', retryAt: null, waitingFor: 'online' });
    expect(closeStateReducer(paused, { type: 'retry-scheduled', at: 9_000 }).waitingFor).toBeNull();
  });

  it('stops retrying on a terminal close during retrying', () => {
    const state = run(closed(1006), { type: 'attempt-started' }, closed(4460));
    expect(state).toMatchObject({ status: 'closed', close: { code: 4460 }, attempt: 0 });
  });

  it('ignores a transient 4507 entirely', () => {
    const before = run(closed(1006), { type: 'attempt-started' });
    expect(closeStateReducer(before, closed(4507))).toBe(before);
    expect(run(closed(4507))).toBe(IDLE_STATE);
  });

  it('returns to idle on recovery and on dismiss', () => {
    expect(run(closed(1006), { type: 'attempt-started' }, { type: 'recovered' })).toBe(IDLE_STATE);
    expect(run(closed(4450), { type: 'dismissed' })).toBe(IDLE_STATE);
  });

  it('keeps the close shown when a retry is cancelled', () => {
    const state = run(
      closed(1006),
      { type: 'retry-scheduled', at: 3_000 },
      { type: 'retry-cancelled' },
    );
    expect(state).toMatchObject({ status: 'closed', close: { code: 1006 }, retryAt: null });
  });

  it('gives a manual attempt a fresh budget', () => {
    const exhausted = run(closed(1006, 1), { type: 'attempt-started' }, closed(1006, 1));
    expect(exhausted.gaveUp).toBe(true);
    const retried = closeStateReducer(exhausted, { type: 'manual-attempt' });
    expect(retried).toMatchObject({ status: 'reconnecting', attempt: 0, gaveUp: false });
    expect(closeStateReducer(retried, closed(1006, 1)).status).toBe('reconnecting');
  });

  it('keeps the same state object when an action changes nothing', () => {
    for (const action of [
      { type: 'retry-scheduled', at: 1 },
      { type: 'attempt-started' },
      { type: 'manual-attempt' },
      { type: 'recovered' },
      { type: 'retry-cancelled' },
      { type: 'unknown' },
    ] as CloseStateAction[]) {
      expect(closeStateReducer(IDLE_STATE, action)).toBe(IDLE_STATE);
    }
  });
});
