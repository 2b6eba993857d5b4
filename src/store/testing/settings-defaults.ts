import type { SettingsDefaults } from '../types.js';

/** The default settings the OpenAPI document gives, for tests that build a store without loading it. */
export const SETTINGS_DEFAULTS: SettingsDefaults = {
  VNC: { host: '', quality: 'auto', view_only: false, scaling: 'fit' },
  RDP: { host: '', resolution: 'auto', color_depth: 32, sound: 'local', admin_session: false },
  NEAR: { quality: 'auto', curtain_on_connect: false, sound: true, clipboard_sync: true },
};
