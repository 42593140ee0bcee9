import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import type { RiskBand } from './messages';
import { MEDIUM_GAP, SettingsSchema, defaultSettings, type Settings } from './settings-schema';

export { DEFAULT_SENSITIVITY, MEDIUM_GAP, SENSITIVITY_MAX, SENSITIVITY_MIN, defaultSettings } from './settings-schema';
export type { Settings, SignalKey } from './settings-schema';

/** Current storage version of `local:settings`; bump it together with a new SETTINGS_MIGRATIONS entry. */
export const SETTINGS_VERSION = 1;

/**
 * Migrations keyed by the version they produce (WXT runs 2, 3, … in order).
 * Empty: version 1 is the first shape. Each entry should end in validateSettings so a
 * half-migrated value can never reach the UI.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => Settings> = {};

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

/** Score at or above which the badge says 'medium' (derived from the 'high' threshold). */
export function mediumThreshold(settings: Pick<Settings, 'sensitivity'>): number {
  return Math.max(0, Math.round((settings.sensitivity - MEDIUM_GAP) * 100) / 100);
}

/** Risk band for a calibrated 0..1 score under the user's sensitivity; non-finite scores are 'low'. */
export function bandFor(score: number, settings: Pick<Settings, 'sensitivity'>): RiskBand {
  if (!Number.isFinite(score)) return 'low';
  if (score >= settings.sensitivity) return 'high';
  if (score >= mediumThreshold(settings)) return 'medium';
  return 'low';
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
