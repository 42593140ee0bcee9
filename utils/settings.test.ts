import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SENSITIVITY,
  defaultSettings,
  loadSettings,
  SETTINGS_MIGRATIONS,
  migrateSettings,
  saveSettings,
  settingsItem,
  validateSettings,
  watchSettings,
  type Settings,
} from './settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has documented defaults', async () => {
    const s = await loadSettings();
    expect(s).toEqual(defaultSettings());
    expect(s.sites).toEqual({ x: true, facebook: true, youtube: true });
    expect(s.sensitivity).toBe(DEFAULT_SENSITIVITY);
    expect(s.signals.eyeGeometry && s.signals.ganClassifier).toBe(true);
    expect(Object.values(s.signals).every(Boolean)).toBe(true);
    expect(s.debug).toBe(false);
  });

  it('defaultSettings returns fresh copies', () => {
    const a = defaultSettings();
    a.sites.x = false;
    expect(defaultSettings().sites.x).toBe(true);
  });

  it.each([null, undefined, 42, 'settings', [], { sites: 'yes' }])('repairs junk %j to defaults', (raw) => {
    expect(validateSettings(raw)).toEqual(defaultSettings());
  });

  it('keeps good fields and repairs bad ones one by one', () => {
    const s = validateSettings({
      sites: { x: false, facebook: 'no', youtube: true },
      sensitivity: 7,
      signals: { eyeGeometry: false, hashtagBurst: true },
      debug: true,
      evil: '<script>',
    });
    expect(s.sites).toEqual({ x: false, facebook: true, youtube: true });
    expect(s.sensitivity).toBe(DEFAULT_SENSITIVITY);
    expect(s.signals.eyeGeometry).toBe(false);
    expect(s.signals.hashtagBurst).toBe(true);
    expect(s.signals.ganClassifier).toBe(true);
    expect(s.debug).toBe(true);
    expect('evil' in s).toBe(false);
  });

  it('rejects NaN and out-of-range sensitivity', () => {
    expect(validateSettings({ sensitivity: Number.NaN }).sensitivity).toBe(DEFAULT_SENSITIVITY);
    expect(validateSettings({ sensitivity: 0.01 }).sensitivity).toBe(DEFAULT_SENSITIVITY);
    expect(validateSettings({ sensitivity: 0.75 }).sensitivity).toBe(0.75);
  });

  it('migration stub fills a partial old value', () => {
    expect(migrateSettings({ sites: { x: false } }, 0).sites).toEqual({ x: false, facebook: true, youtube: true });
  });

  it('loadSettings validates what is stored', async () => {
    await settingsItem.setValue({ sensitivity: 'high' } as unknown as Settings);
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('saves, reloads and notifies watchers with validated values', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    const next = { ...defaultSettings(), debug: true, sensitivity: 0.8 };
    await saveSettings(next);
    expect(await loadSettings()).toEqual(next);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen.at(-1)).toEqual(next);
    unwatch();
    await saveSettings(defaultSettings());
    await new Promise((r) => setTimeout(r, 0));
    expect(seen.at(-1)).toEqual(next);
  });
});

describe('settings version 2', () => {
  it('starts the threshold again at the release default: the old value was on another scale', () => {
    const migrated = SETTINGS_MIGRATIONS[2]!({ sites: { x: false, facebook: true, youtube: true }, sensitivity: 0.75, signals: { copiedText: false }, debug: true });
    expect(migrated.sensitivity).toBe(DEFAULT_SENSITIVITY);
    expect(migrated.sites.x).toBe(false);
    expect(migrated.signals.copiedText).toBe(false);
    expect(migrated.debug).toBe(true);
    expect(SETTINGS_MIGRATIONS[2]!(null)).toEqual(defaultSettings());
  });
});
