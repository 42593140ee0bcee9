import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SENSITIVITY, SettingsSchema, defaultSettings, type Settings } from './settings-schema';

export { DEFAULT_SENSITIVITY, SENSITIVITY_MAX, SENSITIVITY_MIN, defaultSettings } from './settings-schema';
export type { Settings, SignalKey } from './settings-schema';

/** Current storage version of `local:settings`; bump it together with a new SETTINGS_MIGRATIONS entry. */
export const SETTINGS_VERSION = 2;

/**
 * Migrations keyed by the version they produce (WXT runs 2, 3, … in order). Each entry ends in
 * validateSettings so a half-migrated value can never reach the UI.
 * 2: `sensitivity` was a threshold on the fused image score of the one-stage verdict; it is now stage 2's
 * flag probability, a different scale, so it starts again at the release's default.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => Settings> = {
  2: (old) => validateSettings({ ...(typeof old === 'object' && old !== null ? old : {}), sensitivity: DEFAULT_SENSITIVITY }),
};

/** The storage item. Values read from it directly are NOT validated: prefer loadSettings/watchSettings. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** Turn anything (stored JSON, an old version, junk) into valid Settings, field by field. */
export function validateSettings(raw: unknown): Settings {
  const r = v.safeParse(SettingsSchema, raw);
  return r.success ? r.output : defaultSettings();
}

/** Stub for the next migration: any older shape → current Settings (today: validate and fill in). */
export function migrateSettings(old: unknown, fromVersion: number): Settings {
  // Older than v1 never shipped; unknown future versions are not trusted either.
  void fromVersion;
  return validateSettings(old);
}

/** Read the settings, validated. */
export async function loadSettings(): Promise<Settings> {
  return validateSettings(await settingsItem.getValue());
}

/** Write the settings (validated first, so a caller's bug can't store junk). */
export async function saveSettings(next: Settings): Promise<void> {
  await settingsItem.setValue(validateSettings(next));
}

/** Call `cb` with validated settings whenever they change (any context); returns the unwatch function. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((next) => cb(validateSettings(next)));
}
