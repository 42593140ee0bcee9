/**
 * UTC day (YYYY-MM-DD) of a post: from its page time when that parses, else from when we saw it.
 * UTC so that two users' stores and an export agree on what "the same day" is.
 */
export function utcDay(time: string | null, seenAt: number): string {
  const t = time ? Date.parse(time) : NaN;
  return new Date(Number.isFinite(t) ? t : seenAt).toISOString().slice(0, 10);
}
