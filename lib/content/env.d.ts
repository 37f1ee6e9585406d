interface ImportMetaEnv {
  /** Set by wxt.config.ts in extension builds: the in-page UI module is a separate file (lib/content/load-ui.ts). */
  readonly CMSK_UI_CHUNK?: string;
}
