import type { Plugin } from 'vite';

/** Preact's one assignment to innerHTML, the branch that serves `dangerouslySetInnerHTML` (minified names vary). */
const PREACT_INNER_HTML = /(\b[\w$]+)\.innerHTML=([\w$]+)\.__html/g;

/** What the branch becomes: Sockscope never inserts text as HTML, so the prop fails loudly instead of rendering. */
const REFUSE = '(()=>{throw new Error("[sockscope:ui] dangerouslySetInnerHTML is not supported: text is never inserted as HTML")})()';

/**
 * Rewrites Preact's `dangerouslySetInnerHTML` branch into an error at build time. Nothing in Sockscope uses the
 * prop, and without the branch the packages hold no assignment to innerHTML: addons-linter's
 * UNSAFE_VAR_ASSIGNMENT warning goes away, and page text can never reach the DOM as HTML through it.
 * The build fails if Preact's code no longer matches (one assignment expected), so an upgrade is noticed.
 */
export function noInnerHtml(): Plugin {
  return {
    name: 'sockscope:no-inner-html',
    enforce: 'post',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id.split('?')[0] ?? '')) return null;
      const hits = code.match(PREACT_INNER_HTML)?.length ?? 0;
      if (hits !== 1) throw new Error(`[sockscope:build] expected one innerHTML assignment in ${id}, found ${hits}: update scripts/build/no-inner-html.ts`);
      return { code: code.replace(PREACT_INNER_HTML, REFUSE), map: null };
    },
  };
}
