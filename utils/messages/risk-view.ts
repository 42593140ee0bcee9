import * as v from 'valibot';
import { httpUrl, nstr, str } from './fields';
import { BandSchema } from './verdict';

/** The fused account risk a badge shows, with the clusters behind it (runtime/background/assess-account.ts). */
export const RiskViewSchema = v.object({
  risk: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  band: BandSchema,
  reasons: v.pipe(v.array(v.object({ signal: str(64), points: v.number(), reason: str(1_000) })), v.maxLength(16)),
  cap: nstr(300),
  clusters: v.pipe(
    v.array(
      v.object({
        signal: v.picklist(['copied-text', 'hashtag-burst', 'reused-avatar', 'cross-platform']),
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
