/** The idle settings in force on a stream, as its SDK reports them. */
export interface IdleSettings {
  /** Whether the stream ends after a viewer is idle (Arcware forces it on). */
  enabled: boolean;
  /** Seconds without input before the warning, or `null` where the SDK does not say. */
  warnAfterSeconds: number | null;
  /** Seconds the warning counts down before the stream ends, or `null`. */
  countdownSeconds: number | null;
}

/** The state an idle-warning store holds, and the hook returns. */
export interface IdleWarningState {
  /** True while the idle countdown runs. */
  active: boolean;
  /** Whole seconds left while active, else `null`. */
  secondsLeft: number | null;
  /** Epoch ms at which the stream ends while active, so a countdown can tick on its own. */
  endsAt: number | null;
  settings: IdleSettings;
}

/** What the viewer can do about the warning. */
export interface IdleWarningControls {
  /** Keeps the stream: calls the SDK's `dismissAfk`. */
  stay(): void;
}

/** The state before any warning, with nothing known of the settings. */
export const IDLE_WARNING_OFF: IdleWarningState = /* @__PURE__ */ Object.freeze({
  active: false,
  secondsLeft: null,
  endsAt: null,
  settings: /* @__PURE__ */ Object.freeze({
    enabled: false,
    warnAfterSeconds: null,
    countdownSeconds: null,
  }),
});
