import * as v from 'valibot';

// One typed protocol for every message between contexts. Every listener parses incoming messages
// with these schemas and ignores what doesn't match (wrong target, other extensions, page noise).

/** Size caps of the protocol; senders clip to them (clipOccurrence) so one huge post can't sink a batch. */
export const LIMITS = { text: 20_000, url: 4_096, batch: 64, handle: 256, name: 512, tag: 256, tags: 64, time: 64 } as const;
const MAX_TEXT = LIMITS.text;
const MAX_URL = LIMITS.url;
const MAX_BATCH = LIMITS.batch;

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nstr = (max: number) => v.nullable(str(max));
const httpUrl = v.pipe(v.string(), v.maxLength(MAX_URL), v.regex(/^https?:\/\//i));

export const SiteSchema = v.picklist(['x', 'facebook', 'youtube']);

export const OccurrenceSchema = v.object({
  site: SiteSchema,
  kind: v.picklist(['post', 'reply', 'focal', 'quote', 'profile', 'user-cell', 'comment', 'video-owner', 'feed-item']),
  handle: nstr(LIMITS.handle),
  displayName: nstr(LIMITS.name),
  profileUrl: nstr(MAX_URL),
  avatarUrl: nstr(MAX_URL),
  text: nstr(MAX_TEXT),
  hashtags: v.pipe(v.array(str(LIMITS.tag)), v.maxLength(LIMITS.tags)),
  time: nstr(LIMITS.time),
});

const PointSchema = v.object({ x: v.number(), y: v.number() });
const reasons = v.pipe(v.array(str(1_000)), v.maxLength(32));

export const VerdictSchema = v.variant('status', [
  v.object({
    status: v.literal('ok'),
    sha256: str(64),
    width: v.number(),
    height: v.number(),
    eyes: v.object({ left: PointSchema, right: PointSchema }),
    eyeDistance: v.number(),
    score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
    band: v.picklist(['low', 'medium', 'high']),
    reasons,
    modelVersion: str(128),
    phash: nstr(32),
  }),
  v.object({
    status: v.literal('no-face'),
    sha256: str(64),
    width: v.number(),
    height: v.number(),
    reasons,
    modelVersion: str(128),
    phash: nstr(32),
  }),
  v.object({ status: v.literal('error'), error: str(1_000) }),
]);

/** content → background: analyse these avatars (and record these sightings). */
export const AnalyzeRequestSchema = v.object({
  target: v.literal('background'),
  type: v.literal('analyze'),
  items: v.pipe(
    v.array(v.object({ url: httpUrl, occurrence: OccurrenceSchema })),
    v.minLength(1),
    v.maxLength(MAX_BATCH),
  ),
});

/** popup → background: counts for one tab. */
export const TabCountsRequestSchema = v.object({
  target: v.literal('background'),
  type: v.literal('tab-counts'),
  tabId: v.pipe(v.number(), v.integer()),
});

/**
 * content → the analyser (the offscreen document; in Firefox, the background page): the user is scrolling
 * this page, so hold new analyses back for a moment. Sent straight there: a runtime message reaches every
 * extension context, and a hop through the service worker only delayed the hold.
 */
export const UserScrollingSchema = v.object({
  target: v.literal('analyser'),
  type: v.literal('user-scrolling'),
});

/** background → offscreen: fetch + analyse these image URLs. */
export const OffscreenAnalyzeSchema = v.object({
  target: v.literal('offscreen'),
  type: v.literal('offscreen-analyze'),
  urls: v.pipe(v.array(httpUrl), v.minLength(1), v.maxLength(MAX_BATCH)),
});

/** benchmark → offscreen: time warm analysis of these URLs (fetch excluded). */
export const OffscreenBenchSchema = v.object({
  target: v.literal('offscreen'),
  type: v.literal('offscreen-bench'),
  urls: v.pipe(v.array(httpUrl), v.minLength(1), v.maxLength(MAX_BATCH)),
  repeats: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)),
});

const float32Array = v.custom<Float32Array>((x) => x instanceof Float32Array, 'not a Float32Array');

/** A float32 tensor between the offscreen document and its inference worker. */
const TensorSchema = v.object({
  data: float32Array,
  dims: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(8)),
});
const tensors = v.pipe(v.record(str(128), TensorSchema), v.check((r) => Object.keys(r).length <= 16, 'too many tensors'));
const requestId = v.pipe(v.number(), v.integer(), v.minValue(0));

/** offscreen document → its inference worker: run one model. */
export const InferenceRequestSchema = v.object({ type: v.literal('infer'), id: requestId, model: str(128), feeds: tensors });

/** inference worker → offscreen document: the outputs, or why there are none. */
export const InferenceReplySchema = v.variant('type', [
  v.object({
    type: v.literal('inferred'),
    id: requestId,
    outputs: tensors,
    /** The request's input buffers, handed back for reuse. */
    spent: v.pipe(v.array(float32Array), v.maxLength(16)),
  }),
  v.object({
    type: v.literal('infer-failed'),
    id: requestId,
    error: v.variant('kind', [
      v.object({ kind: v.literal('model-unavailable'), model: str(128), detail: str(1_000) }),
      v.object({ kind: v.literal('error'), message: str(1_000) }),
    ]),
  }),
]);

export type InferenceRequest = v.InferOutput<typeof InferenceRequestSchema>;
export type InferenceReply = v.InferOutput<typeof InferenceReplySchema>;

export const OffscreenMessageSchema = v.variant('type', [OffscreenAnalyzeSchema, OffscreenBenchSchema]);

export const BackgroundMessageSchema = v.variant('type', [AnalyzeRequestSchema, TabCountsRequestSchema]);

export type AnalyzeRequest = v.InferOutput<typeof AnalyzeRequestSchema>;
export type TabCountsRequest = v.InferOutput<typeof TabCountsRequestSchema>;
export type OffscreenAnalyze = v.InferOutput<typeof OffscreenAnalyzeSchema>;
export type UserScrolling = v.InferOutput<typeof UserScrollingSchema>;
export type OffscreenMessage = v.InferOutput<typeof OffscreenMessageSchema>;
export type BackgroundMessage = v.InferOutput<typeof BackgroundMessageSchema>;

export interface UrlVerdict {
  url: string;
  verdict: v.InferOutput<typeof VerdictSchema>;
  risk?: RiskView | null;
}

/** The fused account risk a badge shows, with the clusters behind it (runtime/background/assess-account.ts). */
export const RiskViewSchema = v.object({
  risk: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  band: v.picklist(['low', 'medium', 'high']),
  reasons: v.pipe(v.array(v.object({ signal: str(64), points: v.number(), reason: str(1_000) })), v.maxLength(16)),
  cap: nstr(300),
  clusters: v.pipe(
    v.array(
      v.object({
        signal: v.picklist(['copied-text', 'hashtag-burst', 'reused-avatar']),
        count: v.number(),
        /** The other accounts, with the profile URL the store recorded for them (null when unknown). */
        accounts: v.pipe(v.array(v.object({ key: str(300), profileUrl: v.nullable(httpUrl) })), v.maxLength(50)),
        reason: str(1_000),
      }),
    ),
    v.maxLength(8),
  ),
});
export type RiskView = v.InferOutput<typeof RiskViewSchema>;

/** Results in request order; `risk` is present when the background could assess the account. */
export const AnalyzeResponseSchema = v.object({
  results: v.array(v.object({ url: v.string(), verdict: VerdictSchema, risk: v.optional(v.nullable(RiskViewSchema)) })),
});
export type AnalyzeResponse = v.InferOutput<typeof AnalyzeResponseSchema>;

export const TabCountsSchema = v.object({
  checked: v.number(),
  low: v.number(),
  medium: v.number(),
  high: v.number(),
  noFace: v.number(),
  error: v.number(),
});
export type TabCounts = v.InferOutput<typeof TabCountsSchema>;

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

/** Parse a message meant for the background; null for anything else (other targets, junk). */
export function parseBackgroundMessage(raw: unknown): BackgroundMessage | null {
  if (!isTargeted(raw, 'background')) return null;
  const r = v.safeParse(BackgroundMessageSchema, raw);
  return r.success ? r.output : null;
}

/** Parse a message meant for the offscreen document; null for anything else. */
export function parseOffscreenMessage(raw: unknown): OffscreenMessage | null {
  if (!isTargeted(raw, 'offscreen')) return null;
  const r = v.safeParse(OffscreenMessageSchema, raw);
  return r.success ? r.output : null;
}

/** True for a well-formed scroll signal meant for the analyser. */
export function isUserScrolling(raw: unknown): boolean {
  return isTargeted(raw, 'analyser') && v.is(UserScrollingSchema, raw);
}

/** Parse a message posted to a worker, or by one; null when it does not match `schema`. */
export function parseWorkerMessage<T>(schema: v.GenericSchema<unknown, T>, raw: unknown): T | null {
  const r = v.safeParse(schema, raw);
  return r.success ? r.output : null;
}

/** Validate a response that crossed a context boundary; throws a named error when malformed. */
export function parseResponse<T>(schema: v.GenericSchema<unknown, T>, raw: unknown, what: string): T {
  const r = v.safeParse(schema, raw);
  if (!r.success) throw new Error(`[sockscope:messages] malformed ${what} response`);
  return r.output;
}

function isTargeted(raw: unknown, target: string): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { target?: unknown }).target === target;
}
