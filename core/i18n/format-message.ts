/**
 * A message of `_locales/<locale>/messages.json` filled in exactly as the browser's i18n does it, so the CLI
 * and Node tests say the same words as the extension: each `$name$` becomes its placeholder's content, then
 * `$1`–`$9` become the substitutions (missing ones become nothing) and `$$` becomes `$`.
 */

/** One message of a messages.json file, as the browser's i18n reads it. */
export interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** A locale's messages by key. */
export type Messages = Record<string, Message>;

/** The message's text with its placeholders and substitutions filled in. */
export function formatMessage(m: Message, subs: readonly string[]): string {
  // Placeholder names match case-insensitively in Chrome and Firefox.
  const declared = new Map(Object.entries(m.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const withContent = m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (all, name: string) => declared.get(name.toLowerCase()) ?? all);
  return withContent.replace(/\$(\$|[1-9])/g, (_all, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}
