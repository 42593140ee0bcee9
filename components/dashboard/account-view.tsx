import type { ExportAccount, ExportPost, Review } from '../../utils/export/types';
import { AvatarFigure } from '../reasons-panel/avatar-figure';
import { ReviewEditor } from './review-editor';
import { HistoryList } from './history-list';
import { formatDay, formatMoment, formatNumber, t, type MessageKey } from '../../core/i18n/translate';
import { otherAccounts, said, sayLocal } from '../../core/i18n/said';
import { siteEntry } from '../../sites/registry';
import { BAND_WORD } from './dashboard-words';

export interface AccountViewProps {
  account: ExportAccount;
  posts: readonly ExportPost[];
  onOpen: (key: string) => void;
  onReview: (next: Review) => void;
  onClose: () => void;
}

const CLUSTER_LABEL: Record<ExportAccount['clusters'][number]['signal'], MessageKey> = {
  'reused-avatar': 'dashLinkReusedAvatar',
  'copied-text': 'dashLinkCopiedText',
  'hashtag-burst': 'dashLinkHashtagBurst',
  'cross-platform': 'dashLinkCrossPlatform',
  'co-repost': 'dashLinkCoRepost',
};

/** "Same avatar as 3 other accounts", with the day where the link has one. */
function linkText(c: ExportAccount['clusters'][number]): string {
  const link = sayLocal(said(CLUSTER_LABEL[c.signal], otherAccounts(c.count)));
  return c.day ? t('dashLinkOnDay', link, formatDay(c.day)) : link;
}

/** Everything known about one account: avatar with eye overlay, reasons, linked accounts, posts, review. */
export function AccountView({ account: a, posts, onOpen, onReview, onClose }: AccountViewProps) {
  const eyes = a.image?.status === 'ok' ? a.image.eyes : null;
  const mine = posts.filter((p) => p.account === a.key);
  return (
    <section class="account-view" aria-label={t('dashAccountLabel', a.key)}>
      <header>
        <h2><bdi>@{a.handle}</bdi> <small>{siteEntry(a.platform).label}</small></h2>
        <button type="button" onClick={onClose}>{t('dashClose')}</button>
      </header>
      <p>
        <strong class={`risk ${a.band}`}>{t('dashRiskOf', formatNumber(a.risk), t(BAND_WORD[a.band]))}</strong> {t('dashNamesSeen', a.displayNames.join(' · ') || '—')}
        {a.profileUrl && <> {t('dashProfile')} <code dir="ltr">{a.profileUrl}</code></>}
      </p>
      <div class="evidence">
        <AvatarFigure avatarUrl={a.avatars.at(-1)?.url ?? null} eyes={eyes} measured={eyes !== null} />
        <div>
          <h3>{t('dashWhy')}</h3>
          <ul class="reasons">
            {a.reasons.map((r, i) => <li key={i}><strong>+{formatNumber(r.points)}</strong> {r.signal}: {r.reason}</li>)}
            {a.reasons.length === 0 && <li>{t('dashNoSignal')}</li>}
          </ul>
          {a.cap && <p class="hint">{a.cap}</p>}
          {a.image && a.image.status !== 'error' && <p class="hint">{t('dashAvatarHash', a.image.sha256.slice(0, 16), a.image.modelVersion)}</p>}
        </div>
      </div>
      <h3>{t('dashHistory')}</h3>
      <HistoryList history={a.history} accountId={a.accountId} />
      <h3>{t('dashLinked')}</h3>
      {a.clusters.length === 0 ? <p>{t('dashNone')}</p> : (
        <ul class="clusters-list">
          {a.clusters.map((c, i) => (
            <li key={i}>
              {linkText(c)}: “<bdi>{c.shared}</bdi>” —{' '}
              {c.accounts.map((k) => <button key={k} type="button" class="link" onClick={() => onOpen(k)}>{k}</button>)}
              {c.truncated && ' …'}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('dashPostsSeen', mine.length)}</h3>
      <ol class="posts">
        {mine.slice(0, 200).map((p, i) => (
          <li key={i}><span class="when">{formatMoment(p.time ?? p.seenAt)}</span> <span class="text">{p.text ?? (p.hashtags.length ? `#${p.hashtags.join(' #')}` : t('dashNoText'))}</span></li>
        ))}
      </ol>
      <ReviewEditor key={`${a.key}|${a.review.updatedAt}`} review={a.review} onSave={onReview} />
    </section>
  );
}
