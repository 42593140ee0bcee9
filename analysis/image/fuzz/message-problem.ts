/** The rule every user-facing error message must pass (fuzz runs in Node and in Chromium). */

/** Why a user-facing error message is unacceptable, or null when it is fine. */
export function messageProblem(msg: string): string | null {
  if (msg.trim() === '') return 'empty error message';
  if (msg.length >= 200) return `error message too long (${msg.length} chars)`;
  if (/\n\s*at |\bat \S+:\d+:\d+|\.(ts|js|mjs|cc|cpp):\d+/.test(msg)) return 'stack trace in error message';
  if (/\[object |undefined|\[sockscope:/.test(msg)) return 'internal text in error message';
  return null;
}
