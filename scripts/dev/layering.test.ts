import { describe, expect, it } from 'vitest';
import { isTestOnly, relativeImports, sourceFiles } from '../../utils/testing/source-files';

/**
 * The one-way rule of docs/layout.md: entrypoints → runtime → components, cli → utils → core, analysis,
 * signals, sites → the site registry. A wing of runtime/ is never imported by another wing (the analyser's
 * wing excepted: both the offscreen document and Firefox's background page host it), by the CLI or by core.
 */
const top = (f: string): string => f.split('/')[0] ?? '';
const isSiteData = (f: string): boolean => f === 'sites/registry' || f === 'sites/site-entry' || /^sites\/[^/]+\/site$/.test(f);
const wing = (f: string): string | null => (f.startsWith('runtime/') ? (f.split('/')[1] ?? null) : null);

/** Who may import what, by the importing file; returns why an import breaks the rule, or null. */
function breaks(from: string, to: string): string | null {
  if (top(to) === 'entrypoints' && top(from) !== 'entrypoints') return 'nothing imports an entrypoint (an entrypoint may import its own styles)';
  // wxt.config.ts runs at build time only; it may use the build's helpers (scripts/build/), which never ship.
  if (top(to) === 'scripts' && top(from) !== 'scripts' && !(from === 'wxt.config' && to.startsWith('scripts/build/'))) return 'the product never imports the offline tools';
  if (top(to) === 'runtime' && !['entrypoints', 'runtime'].includes(top(from))) return 'only entrypoints wire the runtime';
  if (wing(from) && wing(to) && wing(from) !== wing(to) && !(wing(to) === 'analyser' && ['background', 'offscreen'].includes(wing(from)!))) return 'a context wing is imported by another context';
  if (top(to) === 'cli' && !['cli', 'scripts'].includes(top(from))) return 'only the CLI imports cli/';
  if (top(to) === 'components' && !['entrypoints', 'runtime', 'components'].includes(top(from))) return 'only pages and the content script import the UI';
  if (top(from) === 'core' && !(top(to) === 'core' || isSiteData(to) || (top(to) === 'models' && to.endsWith('config')) || to === 'public/_locales/en/messages')) return 'core imports only core, the site registry, the model release and the English messages';
  if (isSiteData(from) && !isSiteData(to)) return 'the site registry is plain data';
  if (['analysis', 'signals', 'sites'].includes(top(from)) && (to.startsWith('utils/db/') || to.startsWith('utils/export/'))) return 'analysis, signals and sites never reach into the store or the export';
  return null;
}

describe('layering', () => {
  it('keeps every product import one-way', () => {
    const product = sourceFiles().filter((f) => !isTestOnly(f));
    const offenders = product.flatMap((f) => {
      const from = f.replace(/\.(tsx?|mjs)$/, '');
      return relativeImports(f).flatMap((to) => {
        const why = breaks(from, to);
        return why ? [`${f} → ${to}: ${why}`] : [];
      });
    });
    expect(offenders).toEqual([]);
  });

  it('would notice a break (the rule is not vacuous)', () => {
    expect(breaks('utils/export/assess', 'runtime/background/assess-account')).toMatch(/only entrypoints/);
    expect(breaks('runtime/content/badge-slots', 'runtime/background/tab-counts')).toMatch(/another context/);
    expect(breaks('core/judge', 'signals/account-heuristics')).toMatch(/core imports only/);
    expect(breaks('runtime/background/inline-analyser', 'runtime/analyser/analyser')).toBeNull();
    expect(breaks('wxt.config', 'scripts/build/icons')).toBeNull();
    expect(breaks('components/popup/app', 'scripts/build/icons')).toMatch(/never imports the offline tools/);
  });
});
