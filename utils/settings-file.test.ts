import { describe, expect, it } from 'vitest';
import { defaultSettings } from './settings-schema';
import { parseSettingsFile, settingsFileJson } from './settings-file';

describe('settings file', () => {
  it('reads back what it writes', () => {
    const s = { ...defaultSettings(), sensitivity: defaultSettings().sensitivity };
    expect(parseSettingsFile(settingsFileJson(s))).toEqual(s);
  });

  // Issue 37, finding 6: `"hello"` reset every setting and reported done.
  it.each(['"hello"', '42', '[]', '{}', 'null', '{"settings":{}}', '{"sockscopeSettings":2,"settings":{}}', JSON.stringify(defaultSettings()), 'not json'])(
    'refuses %s with a reason',
    (text) => expect(() => parseSettingsFile(text)).toThrow(/not a Sockscope settings file/),
  );
});
