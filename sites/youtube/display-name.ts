/**
 * `text` as a display name, or null when it is empty or only repeats the handle: YouTube shows
 * "@handle" in comments and some lockups where a name used to be.
 */
export function nameOrNull(text: string | null, handle: string | null): string | null {
  const value = text?.replace(/\s+/g, ' ').trim();
  if (!value) return null;
  if (value.startsWith('@') && (handle === null || value.slice(1).toLowerCase() === handle.toLowerCase())) return null;
  return value;
}
