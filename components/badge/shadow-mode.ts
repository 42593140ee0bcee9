/**
 * The badges' and the panel layer's shadow-root mode. Closed when shipped: a page script cannot reach into a
 * closed root (no `host.shadowRoot`), so it cannot read a badge or the reasons panel (docs/threat-model.md).
 * Test and bench builds (SOCKSCOPE_TEST_BUILD=1, SOCKSCOPE_BENCH_BUILD=1) open them so tests can read badges.
 */
export const SHADOW_MODE: ShadowRootMode = import.meta.env.TEST_HOOKS ? 'open' : 'closed';
