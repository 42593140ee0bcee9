// Bidi embedding/override/isolate controls let a string display as something else
// ("name\u202Egnp.exe" shows as "nameexe.png", cf. Trojan Source, CVE-2021-42574). Text we show
// may quote page content, so drop them; <bdi>/unicode-bidi:isolate then keep each string's own
// direction from leaking into ours. Zero-width characters are harmless on screen and are kept.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Text safe to display: bidi override/embedding/isolate controls removed. */
export function displayText(s: string): string {
  return s.replace(BIDI_CONTROLS, '');
}
