import type { Plugin } from 'vite';
import type { Message, Messages } from '../../core/i18n/format-message';

/** The messages files the code imports: the English reference (core/i18n/translate.ts). */
const BUNDLED_MESSAGES = /[\\/]public[\\/]_locales[\\/][\w-]+[\\/]messages\.json$/;

/** A message as `formatMessage` reads it: its text and its placeholders' content, without what is for translators. */
function leanMessage({ message, placeholders }: Message): Message {
  if (!placeholders) return { message };
  return { message, placeholders: Object.fromEntries(Object.entries(placeholders).map(([name, p]) => [name, { content: p.content }])) };
}

/** A messages.json without its translators' descriptions and examples: the keys, messages and placeholders' content, unchanged. */
export function withoutDescriptions(json: string): string {
  const messages = JSON.parse(json) as Messages;
  return JSON.stringify(Object.fromEntries(Object.entries(messages).map(([key, m]) => [key, leanMessage(m)])));
}

/**
 * Drops the translators' `description` and `example` fields from a messages.json the code imports. Every
 * context bundles the English file as its fallback (content script included), and the descriptions were
 * 40% of it; the browser reads the files in _locales/ itself, and those ship whole. `t()`'s key type is
 * unchanged: TypeScript reads the file on disk.
 */
export function leanMessages(): Plugin {
  return {
    name: 'sockscope:lean-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!BUNDLED_MESSAGES.test(id.split('?')[0] ?? '')) return null;
      return { code: withoutDescriptions(code), map: null };
    },
  };
}
