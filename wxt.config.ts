import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { defaultClientConditions } from 'vite';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

// Image hosts the offscreen document fetches avatars from (host permissions exempt it from CORS).
// Page hosts are added from the content scripts' match patterns at build time (see hooks).
export const IMAGE_HOSTS = [
  'https://pbs.twimg.com/*',
  'https://abs.twimg.com/*',
  'https://yt3.ggpht.com/*',
  'https://yt3.googleusercontent.com/*',
  'https://*.fbcdn.net/*',
];

const ORT_FILES = ['ort-wasm-simd-threaded.wasm', 'ort-wasm-simd-threaded.mjs'];

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Sockscope',
    description: 'Shows, next to each author, evidence that an account may be a sock puppet (GAN face, coordination). Runs on your device.',
    // scripting: re-inject the content scripts into open tabs after an update (runtime/background/reinject.ts).
    permissions: browser === 'firefox' ? ['storage', 'contextMenus', 'scripting'] : ['storage', 'offscreen', 'contextMenus', 'scripting'],
    host_permissions: IMAGE_HOSTS,
    // Asked for at click time only, for the one image a user right-clicks ("Check this image").
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_security_policy: {
      // wasm-unsafe-eval lets onnxruntime-web compile its bundled wasm; no remote code is allowed.
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    action: { default_title: 'Sockscope' },
  }),
  vite: () => ({
    plugins: [preact()],
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
      const hosts = manifest[key] ?? [];
      manifest[key] = [...hosts, ...pages.filter((p) => !hosts.includes(p))];
    },
    'build:publicAssets': (wxt, files) => {
      const ortDir = resolve(wxt.config.root, 'node_modules/onnxruntime-web/dist');
      for (const name of ORT_FILES) files.push({ absoluteSrc: resolve(ortDir, name), relativeDest: `ort/${name}` });
      // Shipped models live in models/ (next to their training code), not in public/. Only the .onnx files
      // are fetched at run time; their JSON settings are imported, so bundled into the code that uses them.
      const modelsDir = resolve(wxt.config.root, 'models');
      for (const name of readdirSync(modelsDir)) {
        if (name.endsWith('.onnx')) files.push({ absoluteSrc: resolve(modelsDir, name), relativeDest: `models/${name}` });
      }
    },
  },
});
