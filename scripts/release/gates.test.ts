import { describe, expect, it } from 'vitest';
import { changelogSection, iconProblems, lintFailures, overBudget, parseLintReport, SIZE_BUDGETS, unexplainedPermissions } from './gates';

describe('release gates', () => {
  const doc = '| `storage` | why |\n| `https://x.com/*`, `https://*/*` | X |';

  it('names each permission the doc does not explain, required or optional', () => {
    const manifest = { permissions: ['storage', 'tabs'], host_permissions: ['https://x.com/*', 'https://evil.example/*'], optional_host_permissions: ['https://*/*'] };
    expect(unexplainedPermissions(manifest, doc)).toEqual(['tabs', 'https://evil.example/*']);
    expect(unexplainedPermissions({ permissions: ['storage'], optional_permissions: ['https://*/*'] }, doc)).toEqual([]);
  });

  it('fails a package over its budget and passes one at it', () => {
    expect(overBudget('firefox', SIZE_BUDGETS.firefox)).toBeNull();
    expect(overBudget('chromium', SIZE_BUDGETS.chromium + 1)).toMatch(/chromium package is 6\.00 MB, over its budget of 6\.00 MB/);
  });

  it('fails on a linter error, and on a warning the reviewer notes do not explain', () => {
    const report = parseLintReport(
      JSON.stringify({
        errors: [{ code: 'MANIFEST_FIELD_INVALID', message: 'bad', file: 'manifest.json' }],
        warnings: [
          { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe call to import for argument 0', file: 'a.js' },
          { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML', file: 'b.js' },
        ],
        notices: [],
      }),
    );
    const notes = '`UNSAFE_VAR_ASSIGNMENT`, "Unsafe call to import for argument 0": the wasm glue';
    const failures = lintFailures(report, notes);
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatch(/error MANIFEST_FIELD_INVALID/);
    expect(failures[1]).toMatch(/innerHTML.*not explained/);
    expect(lintFailures({ ...report, errors: [] }, `${notes} and "Unsafe assignment to innerHTML"`)).toEqual([]);
  });

  it('refuses linter output that is not a report', () => {
    expect(() => parseLintReport('{"count": 0}')).toThrow(/no "errors" list/);
  });

  it('finds the version\'s changelog section and nothing for a missing version', () => {
    const log = '# Changelog\n\n## 0.2.0 (2027-01-01)\n- b\n\n## 0.1.0 (2026-12-07)\n- a\n';
    expect(changelogSection(log, '0.2.0')).toBe('## 0.2.0 (2027-01-01)\n- b');
    expect(changelogSection(log, '0.1.0')).toBe('## 0.1.0 (2026-12-07)\n- a');
    expect(changelogSection(log, '0.1')).toBeNull();
  });
});

describe('built icons', () => {
  const png = (w: number, h: number): Uint8Array => {
    const b = new Uint8Array(33);
    b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(b.buffer).setUint32(16, w);
    new DataView(b.buffer).setUint32(20, h);
    return b;
  };
  const files: Record<string, Uint8Array> = { 'i/16.png': png(16, 16), 'i/32.png': png(32, 32), 'i/bad.png': png(31, 32), 'i/x.svg': new Uint8Array(40) };

  it('passes a manifest whose icons are PNGs of their sizes, in both lists', () => {
    const icons = { 16: 'i/16.png', 32: 'i/32.png' };
    expect(iconProblems({ icons, browser_action: { default_icon: icons } }, [16, 32], (p) => files[p] ?? null)).toEqual([]);
  });

  it('names a missing size, a missing file, a file that is not a PNG and a PNG of the wrong size', () => {
    const manifest = { icons: { 16: 'i/16.png', 32: 'i/bad.png' }, action: { default_icon: { 16: 'i/x.svg', 32: 'i/none.png' } } };
    expect(iconProblems(manifest, [16, 32, 48], (p) => files[p] ?? null)).toEqual([
      'icons 32: i/bad.png is 31x32',
      'icons has no 48 px icon',
      'action default_icon 16: i/x.svg is not a PNG',
      'action default_icon 32: i/none.png is not in the package',
      'action default_icon has no 48 px icon',
    ]);
  });
});
