import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Message, Messages } from '../../core/i18n/format-message';

export type { Message, Messages } from '../../core/i18n/format-message';

/** The locales Sockscope ships (public/_locales/<locale>/messages.json); `en` is the reference. */
export const LOCALES = ['en', 'es', 'fr', 'de', 'ru', 'uk', 'ar', 'fa', 'zh_CN', 'zh_TW', 'tr', 'th'] as const;

/**
 * Keys whose message has a length limit: the manifest's description (the Chrome Web Store's 132 characters),
 * and the words shown inside a badge, which sits beside an author's name where space is tight.
 */
const MAX_LENGTH: Record<string, number> = { extDescription: 132, badgeWordMedium: 6, badgeWordHigh: 6 };

/** The `$name$` placeholders a message uses, lower-cased (the browser matches them case-insensitively). */
export function placeholderRefs(text: string): string[] {
  return [...new Set([...text.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] as string).toLowerCase()))].sort();
}

/** What is malformed in one message: a `$` that is not `$name$`, `$$` or `$1`–`$9`, or a placeholder undeclared or odd. */
function messageProblems(where: string, m: Message): string[] {
  if (typeof m?.message !== 'string' || m.message.trim() === '') return [`${where}: no message`];
  const out: string[] = [];
  const rest = m.message.replace(/\$[A-Za-z0-9_@]+\$|\$\$|\$[1-9]/g, '');
  if (rest.includes('$')) out.push(`${where}: a "$" that is not a placeholder ($name$, $$ or $1-$9)`);
  const declared = Object.fromEntries(Object.entries(m.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  for (const ref of placeholderRefs(m.message)) {
    const p = declared[ref];
    if (!p) out.push(`${where}: uses $${ref}$, which its placeholders do not declare`);
    else if (typeof p.content !== 'string' || !/^(\$[1-9]|[^$]*)$/.test(p.content)) out.push(`${where}: placeholder ${ref} has content "${String(p.content)}"`);
  }
  return out;
}

/**
 * Every problem in a set of locales against the reference `en`: a key missing or extra, a message empty or
 * over its store limit, a placeholder malformed, undeclared, or not the same set as in English.
 */
export function localeProblems(all: Record<string, Messages | null>): string[] {
  const en = all.en;
  if (!en) return ['en: messages.json is missing'];
  const out: string[] = [];
  for (const [locale, messages] of Object.entries(all)) {
    if (!messages) {
      out.push(`${locale}: messages.json is missing`);
      continue;
    }
    for (const key of Object.keys(en)) if (!(key in messages)) out.push(`${locale}: missing ${key}`);
    for (const [key, m] of Object.entries(messages)) {
      const ref = en[key];
      if (!ref) {
        out.push(`${locale}: ${key} is not an English key`);
        continue;
      }
      out.push(...messageProblems(`${locale}.${key}`, m));
      const max = MAX_LENGTH[key];
      if (max && typeof m.message === 'string' && [...m.message].length > max) out.push(`${locale}.${key}: ${[...m.message].length} characters, over ${max}`);
      if (typeof m.message === 'string' && placeholderRefs(m.message).join() !== placeholderRefs(ref.message).join()) out.push(`${locale}.${key}: placeholders differ from English`);
      // The extension takes the language of its text (direction, digits, dates) from this message.
      if (key === 'messagesLocale' && m.message !== locale) out.push(`${locale}.messagesLocale: "${m.message}", not the folder's name`);
    }
  }
  return out;
}

/** Reads public/_locales/<locale>/messages.json for every shipped locale (null where missing). */
export function readLocales(root: string): Record<string, Messages | null> {
  return Object.fromEntries(
    LOCALES.map((l) => {
      const file = join(root, 'public/_locales', l, 'messages.json');
      return [l, existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Messages) : null];
    }),
  );
}
