/**
 * What a release must pass before its packages may go to a store: the manifests ask only for documented
 * permissions, each package fits its size budget, addons-linter finds no error and every warning it gives
 * is explained to AMO's reviewers, and the changelog has a section for the version. Pure: the release
 * script (scripts/release/release.ts) reads the files and passes their contents in.
 */

/**
 * Size budgets in bytes, per artifact. Measured 2026-12-07 (0.1.0, `wxt zip`): Chromium 5.59 MiB, Firefox 5.90 MiB
 * (its background page still bundles eld's language data apart from the dashboard), sources 2.33 MiB. Of the
 * Chromium package, onnxruntime's wasm is 3.52 MiB zipped (14.2 MB unpacked) and the two models 1.47 MiB.
 * The budgets leave about 0.4 MiB, so a second copy of the runtime (what a wrong ORT build option bundles)
 * or of a data set (eld's, had the service worker its own again) fails the release.
 */
export const SIZE_BUDGETS = { chromium: 6 * 1024 * 1024, firefox: 6.25 * 1024 * 1024, sources: 3 * 1024 * 1024 } as const;

/** One built artifact that goes to a store. */
export type ArtifactKind = keyof typeof SIZE_BUDGETS;

/** The manifest fields that ask for something: API permissions and host patterns, required or optional. */
const PERMISSION_KEYS = ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions'] as const;

/** Every permission and host pattern a manifest asks for, in the order it lists them. */
export function requestedPermissions(manifest: Record<string, unknown>): string[] {
  return PERMISSION_KEYS.flatMap((key) => {
    const value = manifest[key];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  });
}

/** The permissions a manifest asks for that `doc` (docs/permissions.md) does not name in backticks. */
export function unexplainedPermissions(manifest: Record<string, unknown>, doc: string): string[] {
  const named = new Set([...doc.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]));
  return [...new Set(requestedPermissions(manifest))].filter((p) => !named.has(p));
}

/** A budget's failure line, or null when the artifact fits. */
export function overBudget(kind: ArtifactKind, bytes: number): string | null {
  const budget = SIZE_BUDGETS[kind];
  return bytes > budget ? `${kind} package is ${mb(bytes)}, over its budget of ${mb(budget)}` : null;
}

/** Bytes as MB with two decimals (1 MB = 1,048,576 bytes, as the stores count). */
export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/** One message from `addons-linter --output json`. */
export interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

/** The parts of addons-linter's JSON report the release reads. */
export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Reads addons-linter's JSON output; throws with the unit's name when it is not a report. */
export function parseLintReport(json: string): LintReport {
  const raw: unknown = JSON.parse(json);
  const list = (key: string): LintMessage[] => {
    const v = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
    if (!Array.isArray(v)) throw new Error(`[sockscope:release] addons-linter output has no "${key}" list`);
    return v.map((m: Record<string, unknown>) => ({ code: String(m.code), message: String(m.message), file: typeof m.file === 'string' ? m.file : undefined }));
  };
  return { errors: list('errors'), warnings: list('warnings'), notices: list('notices') };
}

/**
 * The linter's failures: every error, and every warning that the reviewer notes do not explain. A warning
 * counts as explained when the notes name its code and quote its message.
 */
export function lintFailures(report: LintReport, reviewerNotes: string): string[] {
  const errors = report.errors.map((m) => `addons-linter error ${m.code} in ${m.file ?? 'the package'}: ${m.message}`);
  const unexplained = report.warnings
    .filter((m) => !(reviewerNotes.includes(m.code) && reviewerNotes.includes(m.message)))
    .map((m) => `addons-linter warning ${m.code} in ${m.file ?? 'the package'} ("${m.message}") is not explained in docs/amo-reviewer-notes.md`);
  return [...errors, ...unexplained];
}

/** The changelog's section for `version` (from its `## <version>` heading to the next one), or null. */
export function changelogSection(changelog: string, version: string): string | null {
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^## ${version.replace(/\./g, '\\.')}(\\s|$)`).test(l));
  if (start < 0) return null;
  const next = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start, next < 0 ? undefined : next).join('\n').trim();
}

/** The width and height a PNG's IHDR chunk states, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * What is wrong with a built manifest's icons: each of `sizes` must be listed in `icons` and in the toolbar
 * action's `default_icon`, and each file must be a PNG of that size. `read` returns a packaged file's bytes,
 * or null when it is missing.
 */
export function iconProblems(manifest: Record<string, unknown>, sizes: readonly number[], read: (path: string) => Uint8Array | null): string[] {
  const action = (manifest.action ?? manifest.browser_action) as { default_icon?: Record<string, string> } | undefined;
  const lists = { icons: manifest.icons as Record<string, string> | undefined, 'action default_icon': action?.default_icon };
  const problems: string[] = [];
  for (const [where, list] of Object.entries(lists)) {
    for (const size of sizes) {
      const path = list?.[String(size)];
      if (!path) {
        problems.push(`${where} has no ${size} px icon`);
        continue;
      }
      const bytes = read(path);
      const got = bytes ? pngSize(bytes) : null;
      if (!bytes) problems.push(`${where} ${size}: ${path} is not in the package`);
      else if (!got) problems.push(`${where} ${size}: ${path} is not a PNG`);
      else if (got.width !== size || got.height !== size) problems.push(`${where} ${size}: ${path} is ${got.width}x${got.height}`);
    }
  }
  return problems;
}
