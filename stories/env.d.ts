/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** A real Arcware share id: the playground then streams from Arcware Cloud, not the simulator. */
  readonly STORYBOOK_ARCWARE_SHARE_ID?: string;
}
