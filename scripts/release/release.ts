// `npm run release`: builds the Chromium and Firefox packages and the AMO source archive, checks them
// (scripts/release/gates.ts) and writes .output/release/<version>/: the three zips, SHA256SUMS and
// RELEASE-NOTES.md (the changelog's section, sizes, checksums, the linter's counts). Exits 1 with every
// failed gate named. `--no-build` checks the zips already in .output/ without building them again.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { ICON_SIZES } from '../build/icons';
import { type ArtifactKind, changelogSection, iconProblems, lintFailures, mb, overBudget, parseLintReport, SIZE_BUDGETS, unexplainedPermissions } from './gates';

const ROOT = join(import.meta.dirname, '../..');
const OUTPUT = join(ROOT, '.output');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** Runs a command in the repository, output shown; throws with its status when it fails. */
function sh(cmd: string, args: string[]): void {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`[sockscope:release] ${cmd} ${args.join(' ')} exited with ${r.status}`);
}

/** addons-linter on the Firefox package, offline (it fetches nothing), as its JSON report. */
function lint(zip: string): string {
  const bin = join(ROOT, 'node_modules/.bin/addons-linter');
  const r = spawnSync(bin, ['--output', 'json', '--boring', zip], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (!r.stdout) throw new Error(`[sockscope:release] addons-linter gave no report (status ${r.status}): ${r.stderr}`);
  return r.stdout;
}

function main(): void {
  const version = (JSON.parse(read('package.json')) as { version: string }).version;
  const names: Record<ArtifactKind, string> = { chromium: `sockscope-${version}-chrome.zip`, firefox: `sockscope-${version}-firefox.zip`, sources: `sockscope-${version}-sources.zip` };
  if (!process.argv.includes('--no-build')) {
    sh('npx', ['wxt', 'zip']);
    sh('npx', ['wxt', 'zip', '-b', 'firefox']);
  }
  const failures: string[] = [];
  for (const name of Object.values(names)) if (!existsSync(join(OUTPUT, name))) failures.push(`${name} was not built`);
  if (failures.length) return finish(failures);

  const zips = Object.fromEntries(Object.entries(names).map(([kind, name]) => [kind, readFileSync(join(OUTPUT, name))])) as Record<ArtifactKind, Buffer>;
  for (const kind of Object.keys(zips) as ArtifactKind[]) {
    const over = overBudget(kind, zips[kind].length);
    if (over) failures.push(over);
  }

  const permissionsDoc = read('docs/permissions.md');
  for (const kind of ['chromium', 'firefox'] as const) {
    const files = unzipSync(zips[kind]);
    const manifestBytes = files['manifest.json'];
    if (!manifestBytes) {
      failures.push(`${names[kind]} has no manifest.json`);
      continue;
    }
    const manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as Record<string, unknown>;
    for (const p of unexplainedPermissions(manifest, permissionsDoc)) failures.push(`${kind} manifest asks for ${p}, which docs/permissions.md does not explain`);
    for (const p of iconProblems(manifest, ICON_SIZES, (path) => files[path] ?? null)) failures.push(`${kind} manifest: ${p}`);
  }

  const report = parseLintReport(lint(join(OUTPUT, names.firefox)));
  failures.push(...lintFailures(report, read('docs/amo-reviewer-notes.md')));
  const lintLine = `addons-linter ${readPackageVersion('addons-linter')} on the Firefox package: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`;
  console.log(lintLine);

  const section = changelogSection(read('CHANGELOG.md'), version);
  if (!section) failures.push(`CHANGELOG.md has no "## ${version}" section`);
  if (failures.length) return finish(failures);

  const dir = join(OUTPUT, 'release', version);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rows = (Object.keys(names) as ArtifactKind[]).map((kind) => {
    copyFileSync(join(OUTPUT, names[kind]), join(dir, names[kind]));
    return { kind, name: names[kind], bytes: zips[kind].length, sha: createHash('sha256').update(zips[kind]).digest('hex') };
  });
  writeFileSync(join(dir, 'SHA256SUMS'), rows.map((r) => `${r.sha}  ${r.name}\n`).join(''));
  const table = rows.map((r) => `| ${r.name} | ${r.bytes.toLocaleString('en')} bytes (${mb(r.bytes)}; budget ${mb(SIZE_BUDGETS[r.kind])}) | \`${r.sha}\` |`);
  writeFileSync(join(dir, 'RELEASE-NOTES.md'), [section, '', '| package | size | SHA-256 |', '|---|---|---|', ...table, '', lintLine, ''].join('\n'));
  for (const r of rows) console.log(`${r.name}  ${r.bytes} bytes (${mb(r.bytes)})  sha256 ${r.sha}`);
  console.log(`[sockscope:release] ${version} ready in ${dir}`);
}

/** The installed version of a dependency, for the release notes. */
function readPackageVersion(name: string): string {
  return (JSON.parse(read(`node_modules/${name}/package.json`)) as { version: string }).version;
}

function finish(failures: string[]): void {
  for (const f of failures) console.error(`[sockscope:release] FAIL ${f}`);
  process.exitCode = 1;
}

main();
