import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { messagesLookup, normaliseLocale, useMessages } from '../core/i18n/translate';
import type { Messages } from '../core/i18n/format-message';

const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', '_locales');

/**
 * The CLI's language: `--locale <x>` (or `--locale=<x>`) first, then LC_ALL, LC_MESSAGES, LANG (as POSIX tools
 * read them); English when none is set or it is "C"/"POSIX". Returns the arguments without the option.
 */
export function takeLocale(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): { locale: string; args: string[] } {
  const args: string[] = [];
  let flag: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (a === '--locale' && argv[i + 1] !== undefined) flag = argv[++i]!;
    else if (a.startsWith('--locale=')) flag = a.slice('--locale='.length);
    else args.push(a);
  }
  const fromEnv = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v && v !== 'C' && v !== 'POSIX' && !v.startsWith('C.'));
  return { locale: normaliseLocale(flag ?? fromEnv ?? 'en'), args };
}

/** The _locales folder for a BCP 47 locale: "zh-TW" → zh_TW, "ar-EG" → ar; null when Sockscope ships none. */
export function localeFolder(locale: string, dir: string = LOCALES_DIR): string | null {
  const [lang, region] = locale.split('-');
  for (const name of [region ? `${lang}_${region}` : null, lang, lang === 'zh' ? 'zh_CN' : null])
    if (name && existsSync(join(dir, name, 'messages.json'))) return name;
  return null;
}

/** Says the CLI's messages in `locale` from public/_locales (English where it has no translation). */
export function useCliMessages(locale: string, dir: string = LOCALES_DIR): void {
  const folder = localeFolder(locale, dir);
  const messages = folder ? (JSON.parse(readFileSync(join(dir, folder, 'messages.json'), 'utf8')) as Messages) : {};
  useMessages(messagesLookup(messages), folder ? locale : 'en');
}
