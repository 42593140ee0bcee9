#!/usr/bin/env node
// `npm test`: unit tests (vitest), Python tests (pytest, no torch needed), the extension builds, the
// e2e suites in Debian's Chromium (Playwright) and firefox-esr (puppeteer-core), and the release's gates. Prints one plain
// "N passed, N failed" line at the end. `node scripts/dev/test-all.mjs <part>` runs one part.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
let broken = false;
mkdirSync('test-results', { recursive: true });

function run(cmd, args, env = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function step(name, code, countsFile, parse) {
  const counts = countsFile && existsSync(countsFile) ? parse(JSON.parse(readFileSync(countsFile, 'utf8'))) : null;
  if (counts) {
    results.passed += counts.passed;
    results.failed += counts.failed;
    results.skipped += counts.skipped;
  }
  if (code !== 0 && (!counts || counts.failed === 0)) {
    console.error(`[sockscope:test] ${name} exited with ${code}`);
    broken = true;
  }
}

const only = process.argv[2];

if (!only || only === 'types') {
  // Strict TypeScript over the whole tree (no emit): a type error fails the run like a test.
  const code = run('npx', ['tsc', '--noEmit', '-p', '.']);
  if (code === 0) results.passed += 1;
  else results.failed += 1;
}

if (!only || only === 'unit') {
  const code = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
  step('vitest', code, 'test-results/unit.json', (j) => ({
    passed: j.numPassedTests,
    // A test file that fails to load (a broken import) has no tests to fail; count it as one failure,
    // so the summary line never reads "0 failed" for a red run.
    failed: j.numFailedTests + j.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length,
    skipped: j.numPendingTests + j.numTodoTests,
  }));
}

if (!only || only === 'python') {
  // models/: the training side; cli/batch/ray: `sockscope batch` shards on a local Ray cluster, read back by DuckDB.
  const code = run('python3', ['-m', 'pytest', '-q', 'models', 'cli/batch/ray', '-p', 'no:cacheprovider', '--junitxml=test-results/pytest.xml']);
  const xml = existsSync('test-results/pytest.xml') ? readFileSync('test-results/pytest.xml', 'utf8') : '';
  const attr = (n) => Number(new RegExp(`<testsuite[^>]*\\s${n}="(\\d+)"`).exec(xml)?.[1] ?? 0);
  const total = attr('tests');
  const failed = attr('failures') + attr('errors');
  const skipped = attr('skipped');
  results.passed += total - failed - skipped;
  results.failed += failed;
  results.skipped += skipped;
  // pytest exits 5 when it collects nothing; that is not a failure of ours.
  if (code !== 0 && code !== 5 && failed === 0) broken = true;
}

if (!only || only === 'eval') {
  // A small evaluation of the shipped model on held-out data through the TypeScript pipeline: figures
  // printed, and floors far below the released figures checked.
  const code = run('npx', ['tsx', 'scripts/eval/model.ts', '--limit', '60', '--conditions', 'x400-q85', '--check', '--out', 'test-results/metrics-small.json']);
  if (code === 0) results.passed += 1;
  else results.failed += 1;
}

if (!only || only === 'e2e') {
  // The shipped build (whose bundle the specs check) and the test build they load (open shadow roots).
  const build = run('npx', ['wxt', 'build']) || run('npx', ['wxt', 'build'], { SOCKSCOPE_TEST_BUILD: '1' });
  if (build !== 0) results.failed += 1;
  else {
    const code = run('npx', ['playwright', 'test']);
    step('playwright', code, 'test-results/e2e.json', (j) => ({
      passed: j.stats.expected,
      failed: j.stats.unexpected + j.stats.flaky,
      skipped: j.stats.skipped,
    }));
  }
}

if (!only || only === 'e2e-firefox') {
  // The same fixture pages in real Firefox (Debian's firefox-esr, driven over WebDriver BiDi): e2e/firefox.
  const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  const build = existsSync(firefox) ? run('npx', ['wxt', 'build', '-b', 'firefox']) || run('npx', ['wxt', 'build', '-b', 'firefox'], { SOCKSCOPE_TEST_BUILD: '1' }) : 1;
  if (!existsSync(firefox)) console.error(`[sockscope:test] ${firefox} not found: install firefox-esr (apt) or set FIREFOX_PATH`);
  if (build !== 0) results.failed += 1;
  else {
    const code = run('npx', ['playwright', 'test', '-c', 'playwright.firefox.config.ts']);
    step('playwright (firefox)', code, 'test-results/e2e-firefox.json', (j) => ({
      passed: j.stats.expected,
      failed: j.stats.unexpected + j.stats.flaky,
      skipped: j.stats.skipped,
    }));
  }
}

if (!only || only === 'release') {
  // `npm run release`: both store packages and the source archive, through addons-linter, the size budgets,
  // the documented permissions and the built icons (scripts/release/release.ts).
  const code = run('npx', ['tsx', 'scripts/release/release.ts']);
  if (code === 0) results.passed += 1;
  else results.failed += 1;
}

console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(results.failed > 0 || broken ? 1 : 0);
