import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ICON_SIZES, iconPaths, renderIcons } from './icons';
import { pngSize } from '../release/gates';
import { REPO_ROOT } from '../../utils/testing/source-files';

describe('icons', () => {
  it('renders the one SVG design to a PNG of each size the manifest names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sockscope-icons-'));
    try {
      const files = await renderIcons(join(REPO_ROOT, 'branding/icon.svg'), dir);
      expect([...files.keys()]).toEqual([...ICON_SIZES]);
      for (const [size, file] of files) expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
      expect(iconPaths()).toEqual({ 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
