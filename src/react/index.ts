export { useArcwareCloseState } from './use-arcware-close-state.js';
export type { ArcwareCloseOptions, ArcwareCloseState } from './use-arcware-close-state.js';
