import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe over Sockscope's own marks on a page, the badges and the panel layer (the fixture page's markup is not
 * ours), with the experimental rules, where label-content-name-mismatch lives. Returns the serious and
 * critical violations, one line each; the rest is printed.
 */
export async function auditMarks(page: Page, what: string): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .include('sockscope-badge')
    .include('sockscope-layer')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice', 'experimental'])
    .analyze();
  const line = (v: (typeof result.violations)[number]): string => `${what}: ${v.impact} ${v.id} (${v.nodes.length}×) ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(' | ')}`;
  for (const v of result.violations.filter((x) => x.impact !== 'serious' && x.impact !== 'critical')) console.log(`[axe] ${line(v)}`);
  console.log(`[axe] ${what}: ${result.passes.length} rules pass, ${result.violations.length} violated`);
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(line);
}
