import { afterEach, describe, expect, it } from 'vitest';
import { messagesLookup, useMessages } from '../../core/i18n/translate';
import { readLocales } from '../../scripts/dev/locales';
import { REPO_ROOT } from '../testing/source-files';
import { takeLocale, useCliMessages } from '../../cli/locale';
import { ACCOUNT_COLUMNS, LINK_COLUMNS, POST_COLUMNS, SIGNAL_COLUMNS, scoreColumn } from './columns';
import { readmeText } from './readme-text';
import { sampleData } from './testing/sample-data';

const FILES = ['accounts.csv', 'posts.csv', 'links.csv', 'evidence.json', 'README.md', 'avatars/'];
const COLUMN_NAMES = [...ACCOUNT_COLUMNS, ...POST_COLUMNS, ...LINK_COLUMNS].map(([n]) => n).concat(SIGNAL_COLUMNS.map(scoreColumn));

afterEach(() => useMessages(messagesLookup({}), 'en'));

describe('export README', () => {
  it('is English by default and says nothing about staying English', () => {
    const readme = readmeText(sampleData(), FILES);
    expect(readme.split('\n')[0]).toBe('# Sockscope export');
    expect(readme).toContain('**Evidence, not proof.**');
    expect(readme).not.toContain('stay in English');
  });

  it('in Arabic: prose in Arabic, and every column name, file name and table stays English', () => {
    const ar = readLocales(REPO_ROOT).ar!;
    useMessages(messagesLookup(ar), 'ar');
    const readme = readmeText(sampleData(), FILES);
    expect(readme.split('\n')[0]).toBe('# تصدير Sockscope');
    expect(readme).toContain(ar.readmeEvidence!.message);
    expect(readme).toContain(ar.readmeEnglishNote!.message);
    expect(readme).not.toContain('Evidence, not proof');
    for (const name of COLUMN_NAMES) expect(readme).toContain(`\`${name}\``);
    for (const f of FILES) expect(readme).toContain(`- \`${f}\``);
    for (const heading of ['## accounts.csv', '## posts.csv', '## links.csv', '## evidence.json', '## avatars/']) expect(readme).toContain(heading);
    expect(readme).toContain('| column | meaning |');
    // Counts in the locale's digits (Arabic-Indic in "ar").
    expect(readme).toContain(ar.readmeCounts!.message.replace('$ACCOUNTS$', sampleData().accounts.length.toLocaleString('ar')).replace('$POSTS$', sampleData().posts.length.toLocaleString('ar')));
  });

  it("follows the CLI's --locale, and stays English without one", () => {
    useCliMessages(takeLocale(['--locale', 'fr', 'analyze'], {}).locale);
    expect(readmeText(sampleData(), FILES)).toContain('**Des indices, pas des preuves.**');
    useCliMessages(takeLocale(['analyze'], {}).locale);
    expect(readmeText(sampleData(), FILES)).toContain('**Evidence, not proof.**');
  });
});
