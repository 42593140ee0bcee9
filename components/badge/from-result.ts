import type { AuthorVerdict, ClusterView } from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import { judge } from '../../core/judge';
import { reasonText } from '../../core/reason-text';
import type { Reason as JudgedReason } from '../../core/reasons';
import { SIGNALS, type SignalId } from '../../core/signal-registry';
import { t, type MessageKey } from '../../core/i18n/translate';
import type { BadgeContent, BadgeProps, Reason, Theme } from './types';
import { accountWebLabel } from '../../signals/account-label';
import { parseAccountKey } from '../../signals/account-key';
import { authorLabel } from '../../sites/author-label';

/**
 * Badge props for an author: its evidence judged (core/judge.ts) at the user's settings, with every
 * contribution's points and links to accounts in the same cluster. Called again for every open badge when
 * the settings change, so band, risk and reasons always read as a fresh page would show them.
 */
export function badgePropsFromResult(result: AuthorVerdict | null, avatarUrl: string | null, settings: Pick<Settings, 'sensitivity' | 'signals'>, theme?: Theme): BadgeProps {
  const base = { avatarUrl, theme, eyes: null, reasons: [] };
  if (!result) return { ...base, state: 'checking' };
  const v = result.verdict;
  const j = judge({ image: v, account: result.account }, settings);
  return {
    ...base,
    state: j.state,
    ...(v.status === 'error' ? { error: v.error } : {}),
    eyes: v.status === 'ok' ? v.eyes : null,
    reasons: j.reasons.map((r) => panelReason(r, j.clusters)),
  };
}

/**
 * A badge's face for an author (its state judged at the user's settings, as `badgePropsFromResult` would
 * give it) and the panel's full props on demand. The reason texts, links and number formatting are about a
 * third of what rendering a badge cost when every badge computed them; only an opened panel needs them.
 */
export function badgeContentFromResult(result: AuthorVerdict | null, avatarUrl: string | null, settings: Pick<Settings, 'sensitivity' | 'signals'>, theme?: Theme, author?: string): BadgeContent {
  const who = author === undefined ? {} : { author };
  const details = (): BadgeProps => ({ ...badgePropsFromResult(result, avatarUrl, settings, theme), ...who });
  if (!result) return { face: { state: 'checking', theme, ...who }, details };
  const v = result.verdict;
  const { state } = judge({ image: v, account: result.account }, settings);
  return { face: { state, theme, ...(v.status === 'error' ? { error: v.error } : {}), ...who }, details };
}

/** What a signal looks for, as the panel adds it under the signal's own sentence (the registry's `explain`). */
const EXPLAIN: Partial<Record<SignalId, MessageKey>> = {
  repurposed: 'explainRepurposed',
  'non-photo-avatar': 'explainNonPhotoAvatar',
  'cross-platform': 'explainCrossPlatform',
  'known-content': 'explainKnownContent',
  'co-repost': 'explainCoRepost',
};

/** A judged reason as the panel shows it: a contribution with its points, links and what the signal looks for. */
function panelReason(r: JudgedReason, clusters: readonly ClusterView[]): Reason {
  const text = reasonText(r);
  if (r.id !== 'contribution') return { text };
  const cluster = clusters.find((c) => c.signal === r.signal);
  // Across platforms "@name" is ambiguous: the label says which site (its web form, from the site's entry).
  const label = r.signal === 'cross-platform' ? accountWebLabel : accountLabel;
  const links = (cluster?.accounts ?? []).slice(0, 8).flatMap((a) => (a.profileUrl ? [{ label: label(a.key), href: a.profileUrl }] : []));
  const key = SIGNALS[r.signal].explainInPanel ? EXPLAIN[r.signal] : undefined;
  const hint = key ? t(key) : undefined;
  return { text, points: r.points, ...(links.length ? { links } : {}), ...(hint ? { hint } : {}) };
}

/** "@handle" for a stored account key (`site:handle`), or "channel UC…" where the key holds an id. */
function accountLabel(key: string): string {
  const p = parseAccountKey(key);
  return (p && authorLabel(p.site, p.handle, null)) ?? `@${key.slice(key.indexOf(':') + 1)}`;
}
