import * as v from 'valibot';

/** Size caps of the protocol; senders clip to them (clipOccurrence) so one huge post can't sink a batch. */
export const LIMITS = { text: 20_000, url: 4_096, batch: 64, handle: 256, name: 512, tag: 256, tags: 64, time: 64 } as const;

/** A string of at most `max` characters. */
export const str = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** A string of at most `max` characters, or null. */
export const nstr = (max: number) => v.nullable(str(max));

/** An http(s) URL within the URL cap: nothing else is fetched or linked (no data:, blob:, file:, javascript:). */
export const httpUrl = v.pipe(v.string(), v.maxLength(LIMITS.url), v.regex(/^https?:\/\//i));

/** A batch of image URLs: one or more, at most the protocol's batch cap. */
export const urlBatch = v.pipe(v.array(httpUrl), v.minLength(1), v.maxLength(LIMITS.batch));
