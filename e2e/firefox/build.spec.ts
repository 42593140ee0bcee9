import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { SHIPPED_FIREFOX_DIR as DIR } from './support/launch-firefox';

const manifest = (): Record<string, unknown> => JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));

test('the Firefox build: MV2 with a persistent background page, a gecko id and minimum version, no offscreen', () => {
  const m = manifest();
  expect(m.manifest_version).toBe(2);
  expect(m.browser_specific_settings).toEqual({
    gecko: { id: 'sockscope@sockscope.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    gecko_android: { strict_min_version: '142.0' },
  });
  // A persistent page keeps the analyser's worker and compiled models between avatars (an event page
  // would be unloaded when idle and pay the ~1 s start again).
  expect(m.background).toEqual({ scripts: ['background.js'] });
  expect(existsSync(join(DIR, 'offscreen.html'))).toBe(false);
  // addons-linter rejects a permission listed twice (content scripts may share their page patterns).
  expect(new Set(m.permissions as string[]).size).toBe((m.permissions as string[]).length);
  const permissions = (m.permissions as string[]).filter((p) => !p.includes('://'));
  expect(permissions.sort()).toEqual(['alarms', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
  // MV2 has no optional_host_permissions: the right-click check's origins must be here, or Firefox
  // refuses permissions.request for them.
  expect(m.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect(m.optional_host_permissions).toBeUndefined();
  expect(m.content_security_policy).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
});

test('the Firefox build ships onnxruntime once, in the inference worker, with its wasm from the add-on', () => {
  const code = files(DIR).filter((f) => /\.(m?js|html)$/.test(f));
  const withOrt = code.filter((f) => readFileSync(f, 'utf8').includes('InferenceSession')).map((f) => relative(DIR, f));
  expect(withOrt).toEqual([expect.stringMatching(/^assets\/inference-worker-entry-[\w-]+\.js$/)]);
  for (const f of ['ort/ort-wasm-simd-threaded.wasm', 'ort/ort-wasm-simd-threaded.mjs', 'models/blazeface.onnx']) expect(existsSync(join(DIR, f)), f).toBe(true);
  // The background page starts that worker itself (no offscreen document to own it in Firefox).
  expect(readFileSync(join(DIR, 'background.js'), 'utf8')).toMatch(/new Worker\(new URL\(`\/assets\/inference-worker-entry-[\w-]+\.js`/);
  const remote = code.filter((f) => /\bimport\s*\(\s*["'`]https?:|<script[^>]+src\s*=\s*["']?(https?:)?\/\//i.test(readFileSync(f, 'utf8')));
  expect(remote).toEqual([]);
  // The benchmark's timing hook is in bench builds only (wxt.config.ts).
  expect(code.filter((f) => /analyser-bench|bench-hook/.test(readFileSync(f, 'utf8'))).map((f) => relative(DIR, f))).toEqual([]);
  // Test hooks (open shadow roots, badge keys, scan marks) are in test builds only (issue 37, findings 2 and 6).
  expect(code.filter((f) => /data-sockscope-key|sockscope:scan/.test(readFileSync(f, 'utf8'))).map((f) => relative(DIR, f))).toEqual([]);
  const content = code.filter((f) => relative(DIR, f).startsWith('content-scripts')).map((f) => readFileSync(f, 'utf8')).join('\n');
  expect(content).not.toMatch(/[`"']open[`"']/);
  expect(content).toMatch(/[`"']closed[`"']/);
});
