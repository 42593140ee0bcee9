import { ACCOUNT_COLUMNS, LINK_COLUMNS, POST_COLUMNS, SIGNAL_COLUMNS, scoreColumn } from './columns';
import { RISK_DEFAULTS } from '../../core/risk-defaults';
import { SIGNALS } from '../../core/signal-registry';
import type { ExportData } from './types';
import type { SignalId } from '../../core/evidence';
import { POLICY } from '../../core/release-policy';

/** Points at score 1; the avatar's come from the verdict policy: a flag, or a match of the eyes alone. */
const pointsAtOne = (s: SignalId): string =>
  s === 'gan-face' ? `${POLICY.riskPoints.flagged} (flag), ${POLICY.riskPoints.eyesOnly} (eyes only)` : String(RISK_DEFAULTS.points[s]);

const table = (cols: ReadonlyArray<readonly [string, string]>): string[] => ['| column | meaning |', '|---|---|', ...cols.map(([n, d]) => `| \`${n}\` | ${d} |`)];

/** README.md of an export archive: what each file and column means, and what the numbers are not. */
export function readmeText(data: ExportData, files: readonly string[]): string {
  return [
    '# Sockscope export',
    '',
    `Made ${new Date(data.generatedAt).toISOString()} by Sockscope ${data.source.version} (${data.source.from}${data.source.input ? `, from ${data.source.input}` : ''}).`,
    `${data.accounts.length} accounts, ${data.posts.length} post sightings.`,
    '',
    '**Evidence, not proof.** A risk score says how much of the evidence Sockscope looks for was found. Real',
    'people can match (aligned passport photos, shared campaign hashtags). Read the reasons before concluding.',
    '',
    '## Files',
    ...files.map((f) => `- \`${f}\``),
    '',
    'CSV files are RFC 4180, UTF-8 with a byte-order mark (so Excel shows emoji and right-to-left text), CRLF line ends.',
    "Cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return, also after spaces) start with an apostrophe `'`; remove it to get the text as seen.",
    'Columns follow the users file of Twitter\'s information-operations archive where those facts are known; the rest is empty.',
    '',
    '## accounts.csv',
    ...table(ACCOUNT_COLUMNS),
    '',
    '## The signals',
    'Each score column is 0–1; the points are what the fused risk adds at score 1 (graded signals add points × score).',
    '',
    '| column | signal | points at 1 | what it means |',
    '|---|---|---|---|',
    ...SIGNAL_COLUMNS.map((s) => `| \`${scoreColumn(s)}\` | ${SIGNALS[s].title} | ${pointsAtOne(s)} | ${SIGNALS[s].explain} |`),
    '',
    '## posts.csv',
    ...table(POST_COLUMNS),
    '',
    '## links.csv',
    'One row per pair of accounts and kind of link, the pair in key order.',
    ...table(LINK_COLUMNS),
    '',
    '## evidence.json',
    'Everything above, typed (`schemaVersion`), plus each signal\'s clusters (linked accounts, shared text / hashtags / hash),',
    'the full image verdicts (eye positions, model version, the non-photo score), each account\'s platform id and `history`',
    '(every name, handle, avatar and bio seen, with first and last sighting) and `avatarFailures`: avatars that could not be fetched and why.',
    '',
    '## avatars/',
    'The avatar images, named by a hash of their URL; `avatar_file` in accounts.csv and `avatarFiles` in evidence.json map them back.',
    '',
    '## stix-bundle.json (when present)',
    'STIX 2.1: one `indicator` per flagged account, `attack-pattern`s for the DISARM techniques and Meta kill-chain codes its',
    'signals correspond to, joined by `relationship` objects (`indicates`).',
    '',
  ].join('\n');
}
