export { useArcwareCloseState } from './use-arcware-close-state.js';
export type { ArcwareCloseOptions, ArcwareCloseState } from './use-arcware-close-state.js';
export { useArcwareStartupState } from './use-arcware-startup-state.js';
export type { ArcwareStartupState } from './use-arcware-startup-state.js';
export { useArcwareIdleWarning } from './use-arcware-idle-warning.js';
export type { ArcwareIdleWarning } from './use-arcware-idle-warning.js';
