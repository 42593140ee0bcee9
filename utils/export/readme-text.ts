import { ACCOUNT_COLUMNS, LINK_COLUMNS, POST_COLUMNS, SIGNAL_COLUMNS, scoreColumn } from './columns';
import { RISK_DEFAULTS } from '../../core/risk-defaults';
import { SIGNALS } from '../../core/signal-registry';
import type { ExportData } from './types';
import type { SignalId } from '../../core/evidence';
import { POLICY } from '../../core/release-policy';
import { formatMoment, t, uiLocale } from '../../core/i18n/translate';

/** Points at score 1; the avatar's come from the verdict policy: a flag, or a match of the eyes alone. */
const pointsAtOne = (s: SignalId): string =>
  s === 'gan-face' ? `${POLICY.riskPoints.flagged} (flag), ${POLICY.riskPoints.eyesOnly} (eyes only)` : String(RISK_DEFAULTS.points[s]);

/** Who made the archive, when (the locale's way, in UTC), and from what input. */
const made = (data: ExportData): string => {
  const { version, from, input } = data.source;
  const when = formatMoment(data.generatedAt);
  return input ? t('readmeMadeFrom', when, version, from, input) : t('readmeMade', when, version, from);
};

const table = (cols: ReadonlyArray<readonly [string, string]>): string[] => ['| column | meaning |', '|---|---|', ...cols.map(([n, d]) => `| \`${n}\` | ${d} |`)];

/**
 * README.md of an export archive: what each file and column means, and what the numbers are not. Its prose
 * is in the UI language (the CLI's --locale or LANG); column names, file names and the files' values stay
 * English, as tools read them, and so do the column tables (described in English, which the README says).
 */
export function readmeText(data: ExportData, files: readonly string[]): string {
  return [
    `# ${t('readmeTitle')}`,
    '',
    made(data),
    t('readmeCounts', data.accounts.length, data.posts.length),
    ...(uiLocale().startsWith('en') ? [] : ['', t('readmeEnglishNote')]),
    '',
    t('readmeEvidence'),
    '',
    `## ${t('readmeFiles')}`,
    ...files.map((f) => `- \`${f}\``),
    '',
    t('readmeCsvFormat'),
    t('readmeCsvFormula'),
    t('readmeCsvColumns'),
    '',
    '## accounts.csv',
    ...table(ACCOUNT_COLUMNS),
    '',
    `## ${t('readmeSignals')}`,
    t('readmeSignalsIntro'),
    '',
    '| column | signal | points at 1 | what it means |',
    '|---|---|---|---|',
    ...SIGNAL_COLUMNS.map((s) => `| \`${scoreColumn(s)}\` | ${SIGNALS[s].title} | ${pointsAtOne(s)} | ${SIGNALS[s].explain} |`),
    '',
    '## posts.csv',
    ...table(POST_COLUMNS),
    '',
    '## links.csv',
    t('readmeLinksIntro'),
    ...table(LINK_COLUMNS),
    '',
    '## evidence.json',
    t('readmeEvidenceJson'),
    '',
    '## avatars/',
    t('readmeAvatars'),
    '',
    `## ${t('readmeWhenPresent', 'stix-bundle.json')}`,
    t('readmeStix'),
    '',
  ].join('\n');
}
