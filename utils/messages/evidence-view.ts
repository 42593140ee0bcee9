import * as v from 'valibot';
import { CLUSTER_SIGNALS, SIGNAL_IDS } from '../../core/signal-registry';
import { httpUrl, str } from '../../core/fields';

import { SaidSchema } from './said-schema';

const score = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const finding = { score, threshold: v.number(), fired: v.boolean(), reason: str(1_000), msg: v.optional(SaidSchema) };

/** One signal's finding as it crosses to a page. */
const SignalResultSchema = v.object({ signal: v.picklist(SIGNAL_IDS), ...finding });

/** A fired cluster, with the profile URL the store recorded for each linked account (null when unknown). */
const ClusterViewSchema = v.object({
  signal: v.picklist(CLUSTER_SIGNALS),
  ...finding,
  count: v.number(),
  onePageLoad: v.optional(v.boolean()),
  accounts: v.pipe(v.array(v.object({ key: str(300), profileUrl: v.nullable(httpUrl) })), v.maxLength(50)),
});

/**
 * background → content: what the store knows of an author's account, every signal measured whatever the
 * switches say, so the page judges it (core/judge.ts) at the settings in force, and again when they change.
 */
export const AccountEvidenceViewSchema = v.object({
  clusters: v.pipe(v.array(ClusterViewSchema), v.maxLength(8)),
  profile: v.pipe(v.array(SignalResultSchema), v.maxLength(8)),
  known: v.nullable(SignalResultSchema),
  signals: v.pipe(v.array(SignalResultSchema), v.maxLength(8)),
});
export type AccountEvidenceView = v.InferOutput<typeof AccountEvidenceViewSchema>;
export type ClusterView = AccountEvidenceView['clusters'][number];

