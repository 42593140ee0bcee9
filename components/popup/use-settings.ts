import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, watchSettings, type Settings } from '../../utils/settings';

export interface SettingsState {
  /** null until loaded. */
  settings: Settings | null;
  /** Set when the last save failed, shown to the user. */
  error: string | null;
  save: (next: Settings) => void;
}

/** Live settings for a page: loads, follows changes from other contexts, saves (content scripts watch it). */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const unwatch = watchSettings((s) => setSettings(s));
    loadSettings().then(
      (s) => live && setSettings(s),
      (e: unknown) => {
        console.error('[sockscope:popup] could not load settings', e);
        if (live) setError("Couldn't load settings; showing defaults.");
      },
    );
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const save = useCallback((next: Settings) => {
    setSettings(next); // optimistic: the control moves at once, the watcher confirms
    setError(null);
    saveSettings(next).catch((e: unknown) => {
      console.error('[sockscope:popup] could not save settings', e);
      setError("Couldn't save settings.");
    });
  }, []);

  return { settings, error, save };
}
