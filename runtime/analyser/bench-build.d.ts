// The bench build's flag (wxt.config.ts defines it): true only in `SOCKSCOPE_BENCH_BUILD=1 wxt build`.
// TEST_HOOKS: true in test and bench builds (open shadow roots, badge keys, scan marks), false when shipped.
interface ImportMetaEnv {
  readonly BENCH_BUILD: boolean;
  readonly TEST_HOOKS: boolean;
}
