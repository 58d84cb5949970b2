/** The one build-time switch the content script reads (benchmark builds only: see observer-profile.ts). */
interface ImportMetaEnv {
  readonly VITE_OBSERVER_PROFILE?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
