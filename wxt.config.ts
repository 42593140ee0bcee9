import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { defaultClientConditions } from 'vite';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { IMAGE_HOST_PATTERNS } from './sites/registry';
import { iconPaths, renderIcons } from './scripts/build/icons';
import { noInnerHtml } from './scripts/build/no-inner-html';
import { leanMessages } from './scripts/build/lean-messages';
import { writeLanguageData } from './scripts/build/language-data';

// Image hosts the analyser fetches avatars from (host permissions exempt it from CORS), one list in the
// site registry. Page hosts are added from the content script's match patterns at build time (see hooks).
const IMAGE_HOSTS = [...IMAGE_HOST_PATTERNS];

/** The add-on's id in Firefox (docs/firefox.md). */
export const GECKO_ID = 'sockscope@sockscope.app';

const OPTIONAL_ORIGINS = ['https://*/*', 'http://*/*'];

const ORT_FILES = ['ort-wasm-simd-threaded.wasm', 'ort-wasm-simd-threaded.mjs'];

/** The one icon design; every size is rendered from it at build time (scripts/build/icons.ts). */
const ICON_SVG = 'branding/icon.svg';

/**
 * `SOCKSCOPE_BENCH_BUILD=1 wxt build` (what `npm run bench` runs) makes the bench build: the shipped code plus
 * the analyser's timing hook (runtime/analyser/bench-hook.ts), into .output/<browser>-mv<N>-bench. The
 * shipped build drops the hook's branch and module; nothing else differs.
 */
const BENCH_BUILD = process.env.SOCKSCOPE_BENCH_BUILD === '1';

/**
 * `SOCKSCOPE_TEST_BUILD=1 wxt build` makes the e2e tests' build, into .output/<browser>-mv<N>-test: the shipped
 * code with its test hooks on (open shadow roots, each badge's key attribute, the `sockscope:scan`
 * performance marks), which the bench build has too. The shipped build drops them (docs/threat-model.md:
 * a page could read closed-off evidence, or detect the extension, through them); e2e/hardening-privacy
 * checks its bundle lacks them.
 */
const TEST_BUILD = process.env.SOCKSCOPE_TEST_BUILD === '1';

export default defineConfig({
  imports: false,
  ...(BENCH_BUILD ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-bench' } : TEST_BUILD ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-test' } : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  // `wxt zip -b firefox` also writes the source archive AMO asks for (SOURCE-BUILD.md says how to rebuild
  // from it). Saved pages and data used only by tests and the CLI's examples stay out: they are third-party
  // pages and posts, and nothing in the package is built from them. The stage-2 training caches and runs
  // (gitignored, gigabytes where a model was trained) are not sources either.
  zip: {
    excludeSources: ['**/fixtures/**', 'e2e/**', 'test-results/**', 'demo-output/**', 'bench-output/**', 'models/training/data-manifest.tsv.gz',
      'models/training/cache/**', 'models/training/runs/**'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    // Name and description in the browser's language, from public/_locales/<locale>/messages.json (English
    // the fallback); docs/translations.md says how they are checked and which a native speaker has reviewed.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: re-inject the content scripts into open tabs after an update (runtime/background/reinject.ts).
    // unlimitedStorage (Firefox): its IndexedDB is otherwise "best effort", evicted without a word when the
    // disk runs low, and the evidence store would go with it; with it the store is persistent (Chrome
    // keeps extensions' data as it is). Firefox has no offscreen documents to ask for.
    // alarms: the daily retention pass (runtime/background/retention-schedule.ts).
    permissions: browser === 'firefox' ? ['storage', 'unlimitedStorage', 'contextMenus', 'scripting', 'alarms'] : ['storage', 'offscreen', 'contextMenus', 'scripting', 'alarms'],
    host_permissions: IMAGE_HOSTS,
    // Asked for at click time only, for the one image a user right-clicks ("Check this image"). MV2 (Firefox)
    // has no optional_host_permissions key and WXT drops it there, so origins go in optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: OPTIONAL_ORIGINS } : { optional_host_permissions: OPTIONAL_ORIGINS }),
    content_security_policy: {
      // wasm-unsafe-eval lets onnxruntime-web compile its bundled wasm; no remote code is allowed.
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    icons: iconPaths(),
    action: { default_title: 'Sockscope' },
    // Firefox keeps an add-on's storage and its moz-extension:// UUID under this id; without one a
    // temporary install gets a random id and loses its data on every load. data_collection_permissions
    // 'none': nothing leaves the device (AMO asks new add-ons to say so). That key needs Firefox 140 (the
    // current ESR; ESR 128 left support in 2026) and Firefox for Android 142, so those are the minimums:
    // with older ones addons-linter warns, and AMO's reviewers ask why.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact(), noInnerHtml(), leanMessages()],
    define: { 'import.meta.env.BENCH_BUILD': JSON.stringify(BENCH_BUILD), 'import.meta.env.TEST_HOOKS': JSON.stringify(BENCH_BUILD || TEST_BUILD) },
    resolve: {
      // analysis/ml/ort.ts imports 'onnxruntime-web' (Node resolves that to its node build); the extension
      // takes the wasm-only build, which needs just ort-wasm-simd-threaded.{mjs,wasm}, not the WebGPU/JSEP ones.
      alias: [{ find: /^onnxruntime-web$/, replacement: 'onnxruntime-web/wasm' }],
      // Without this condition Vite inlines a second copy of the ORT wasm (2x size, threads hang).
      conditions: ['onnxruntime-web-use-extern-wasm', ...defaultClientConditions],
    },
    build: { chunkSizeWarningLimit: 2048 },
    // The offscreen document's inference worker is a module worker (ORT loads its wasm glue with import()).
    worker: { format: 'es' as const },
  }),
  hooks: {
    // Re-injection after an update needs host access to the pages the content scripts already match.
    // Copying their patterns here keeps one list (in the entrypoints) and adds no new install warning.
    'build:manifestGenerated': (_wxt, manifest) => {
      const pages = (manifest.content_scripts ?? []).flatMap((cs) => cs.matches ?? []);
      const key = manifest.manifest_version === 2 ? 'permissions' : 'host_permissions';
      // Once each: WXT (MV2) has already added every content script's patterns, and content scripts may
      // share patterns; addons-linter rejects a permission listed twice.
      manifest[key] = [...new Set([...(manifest[key] ?? []), ...pages])];
      // The toolbar button's icon: WXT builds the action from the popup entrypoint and keeps only its title.
      const action = manifest.manifest_version === 2 ? manifest.browser_action : manifest.action;
      if (action) action.default_icon = iconPaths();
    },
    'build:publicAssets': async (wxt, files) => {
      const icons = await renderIcons(resolve(wxt.config.root, ICON_SVG), resolve(wxt.config.wxtDir, 'icons'));
      for (const [size, file] of icons) files.push({ absoluteSrc: file, relativeDest: `icons/${size}.png` });
      const ortDir = resolve(wxt.config.root, 'node_modules/onnxruntime-web/dist');
      for (const name of ORT_FILES) files.push({ absoluteSrc: resolve(ortDir, name), relativeDest: `ort/${name}` });
      // eld's language data ships as JSON, fetched on first need (signals/language-data.ts), not as code.
      files.push({ absoluteSrc: writeLanguageData(resolve(wxt.config.wxtDir, 'language')), relativeDest: 'language/eld-extrasmall.json' });
      // Shipped models live in models/<model>/ (with their card and config), not in public/, and ship flat as
      // models/<name>.onnx. Only the .onnx files are fetched at run time; their JSON settings are imported,
      // so bundled into the code that uses them.
      const modelsDir = resolve(wxt.config.root, 'models');
      for (const folder of readdirSync(modelsDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
        for (const name of readdirSync(resolve(modelsDir, folder.name)).filter((n) => n.endsWith('.onnx'))) {
          files.push({ absoluteSrc: resolve(modelsDir, folder.name, name), relativeDest: `models/${name}` });
        }
      }
    },
  },
});
