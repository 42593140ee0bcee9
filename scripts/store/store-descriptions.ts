// `npm run store:descriptions`: the store listing's text in each shipped locale but English
// (store/description.<locale>.md), put together from that locale's messages, so a translation is written
// once. store/description.en.md is written by hand; scripts/store/store-descriptions.test.ts checks the
// files match what this writes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { messagesLookup, type MessageKey } from '../../core/i18n/translate';
import { LOCALES, readLocales, type Messages } from '../dev/locales';

/** The popup's switches, as the listing lists what Sockscope looks for. */
const SWITCHES: readonly (readonly [MessageKey, MessageKey])[] = [
  ['switchEyeGeometry', 'switchEyeGeometryHint'],
  ['switchGanClassifier', 'switchGanClassifierHint'],
  ['switchReusedAvatar', 'switchReusedAvatarHint'],
  ['switchCopiedText', 'switchCopiedTextHint'],
  ['switchHashtagBurst', 'switchHashtagBurstHint'],
  ['switchCoRepost', 'switchCoRepostHint'],
  ['switchRepurposed', 'switchRepurposedHint'],
  ['switchKnownContent', 'switchKnownContentHint'],
  ['switchKnownList', 'switchKnownListHint'],
  ['switchCrossPlatform', 'switchCrossPlatformHint'],
];

/** One locale's listing text, from its messages. */
export function storeDescription(locale: string, messages: Messages): string {
  const m = (key: MessageKey): string => messagesLookup(messages)(key, []);
  return [
    `# Sockscope: listing text (${locale})`,
    '',
    '<!-- Written by `npm run store:descriptions` from public/_locales/' + locale + '/messages.json; edit the messages, not this file. -->',
    '',
    '## Name',
    m('extName'),
    '',
    '## Summary',
    m('extDescription'),
    '',
    '## Description',
    m('extDescription'),
    '',
    ...SWITCHES.map(([label, hint]) => `- ${m(label)}: ${m(hint)}`),
    '',
    `${m('panelDisclaimer')} ${m('popupFooter')}`,
    '',
  ].join('\n');
}

/** The file of a locale's listing. */
export const descriptionFile = (root: string, locale: string): string => join(root, 'store', `description.${locale}.md`);

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, '../..');
  const all = readLocales(root);
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    const messages = all[locale];
    if (!messages) throw new Error(`[sockscope:store] ${locale}: messages.json is missing`);
    writeFileSync(descriptionFile(root, locale), storeDescription(locale, messages));
  }
  console.log(`[sockscope:store] wrote ${LOCALES.length - 1} listings into store/`);
}
