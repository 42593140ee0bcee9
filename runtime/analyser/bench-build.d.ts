// The bench build's flag (wxt.config.ts defines it): true only in `SOCKSCOPE_BENCH_BUILD=1 wxt build`.
interface ImportMetaEnv {
  readonly BENCH_BUILD: boolean;
}
