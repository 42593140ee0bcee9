import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.1 A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

type Result = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** Serious and critical violations, one line each; the rest is printed with the rule counts. */
function judge(result: Result, what: string, details: boolean): string[] {
  const line = (v: Result['violations'][number]): string =>
    `${what}: ${v.impact} ${v.id} (${v.nodes.length}×) ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}${details ? ` ${n.failureSummary ?? ''}` : ''}`).join(' | ')}`;
  for (const v of result.violations.filter((x) => x.impact !== 'serious' && x.impact !== 'critical')) console.log(`[axe] ${line(v)}`);
  console.log(`[axe] ${what}: ${result.passes.length} rules pass, ${result.violations.length} violated`);
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(line);
}

/** axe over a whole extension page (popup, dashboard, check-image). */
export async function auditPage(page: Page, what: string): Promise<string[]> {
  return judge(await new AxeBuilder({ page }).withTags(TAGS).analyze(), what, false);
}

/**
 * axe over Sockscope's own marks on a page, the badges and the panel layer (the fixture page's markup is not
 * ours), with the experimental rules, where label-content-name-mismatch lives.
 */
export async function auditMarks(page: Page, what: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('sockscope-badge').include('sockscope-layer').withTags([...TAGS, 'experimental']).analyze();
  return judge(result, what, true);
}

/**
 * Puts a real verdict from the store (an avatar the visit analysed) where the check-image window reads a
 * finished right-click check (`check-image.html#axe`). Run on an extension page.
 */
export async function stageStoredCheck(ext: Page): Promise<void> {
  await ext.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('sockscope');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const images = await new Promise<Array<{ url: string; verdict: { status: string; band?: string } }>>((ok) => {
      const r = db.transaction('images').objectStore('images').getAll();
      r.onsuccess = () => ok(r.result as Array<{ url: string; verdict: { status: string } }>);
    });
    const shown = images.find((i) => i.verdict.status === 'ok' && i.verdict.band !== 'low') ?? images[0];
    if (!shown) throw new Error('no analysed avatar in the store');
    await chrome.storage.session.set({ 'check-image:axe': { state: 'done', url: shown.url, verdict: shown.verdict } });
  });
}
