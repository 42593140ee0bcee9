import * as v from 'valibot';
import { SettingsSchema, type Settings } from './settings-schema';

// A settings file is Sockscope's own wrapper around its settings. Anything else (another tool's JSON, a
// bare string, a list) is refused with a reason: a file that merely failed to match once reset every
// setting to its default and reported success.

/** The wrapper's marker and format version. */
const FORMAT = 1;

const SettingsFileSchema = v.object({
  sockscopeSettings: v.literal(FORMAT),
  settings: v.record(v.string(), v.unknown()),
});

/** The JSON text of a settings file for `settings`. */
export function settingsFileJson(settings: Settings): string {
  return JSON.stringify({ sockscopeSettings: FORMAT, settings }, null, 2);
}

/** The settings a file holds; throws a plain-words error for anything that is not Sockscope's settings file. */
export function parseSettingsFile(text: string): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error('[sockscope:settings] not a Sockscope settings file: the file is not JSON');
  }
  if (!v.is(SettingsFileSchema, raw)) throw new Error('[sockscope:settings] not a Sockscope settings file (exported from this dashboard): nothing was changed');
  // Fields within range are kept; an out-of-range one falls back to its default, as stored settings do.
  const r = v.safeParse(SettingsSchema, raw.settings);
  if (!r.success) throw new Error('[sockscope:settings] the settings in this file are malformed: nothing was changed');
  return r.output;
}
