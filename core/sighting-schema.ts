import * as v from 'valibot';
import { POST_KINDS, type AuthorOccurrence } from './sighting';
import { isAccountId, SITES } from '../sites/registry';
import { LIMITS, nstr, str } from './fields';

export const SiteSchema = v.picklist(SITES);

/** One author sighting as it travels to the background (AuthorOccurrence, with the protocol's caps). */
export const OccurrenceSchema = v.object({
  site: SiteSchema,
  kind: v.picklist(POST_KINDS),
  handle: nstr(LIMITS.handle),
  displayName: nstr(LIMITS.name),
  profileUrl: nstr(LIMITS.url),
  avatarUrl: nstr(LIMITS.url),
  text: nstr(LIMITS.text),
  hashtags: v.pipe(v.array(str(LIMITS.tag)), v.maxLength(LIMITS.tags)),
  time: nstr(LIMITS.time),
  accountId: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(64), v.check(isAccountId)))),
  joined: v.optional(nstr(LIMITS.time)),
  repost: v.optional(
    v.nullable(
      v.object({
        by: str(LIMITS.handle),
        byName: nstr(LIMITS.name),
        postId: v.nullable(v.pipe(v.string(), v.regex(/^\d{1,25}$/))),
        author: nstr(LIMITS.handle),
        shownCount: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
      }),
    ),
  ),
});

// The schema's output and AuthorOccurrence must stay the same shape: either drifting fails the typecheck.
type SchemaOccurrence = v.InferOutput<typeof OccurrenceSchema>;
const sameShape: [SchemaOccurrence, AuthorOccurrence] extends [AuthorOccurrence, SchemaOccurrence] ? true : never = true;
void sameShape;

/** An occurrence clipped to the protocol's caps (hostile pages can hold 100k-character names). */
export function clipOccurrence<T extends { handle: string | null; displayName: string | null; profileUrl: string | null; avatarUrl: string | null; text: string | null; hashtags: string[]; time: string | null }>(o: T): T {
  const clip = (s: string | null, n: number) => (s === null ? null : s.slice(0, n));
  return {
    ...o,
    handle: clip(o.handle, LIMITS.handle),
    displayName: clip(o.displayName, LIMITS.name),
    profileUrl: o.profileUrl && o.profileUrl.length <= LIMITS.url ? o.profileUrl : null,
    avatarUrl: o.avatarUrl && o.avatarUrl.length <= LIMITS.url ? o.avatarUrl : null,
    text: clip(o.text, LIMITS.text),
    hashtags: o.hashtags.slice(0, LIMITS.tags).map((t) => t.slice(0, LIMITS.tag)),
    time: clip(o.time, LIMITS.time),
  };
}
