import type { ExportAccount, ExportPost, Review } from '../../utils/export/types';
import { AvatarFigure } from '../reasons-panel/avatar-figure';
import { ReviewEditor } from './review-editor';
import { HistoryList } from './history-list';

export interface AccountViewProps {
  account: ExportAccount;
  posts: readonly ExportPost[];
  onOpen: (key: string) => void;
  onReview: (next: Review) => void;
  onClose: () => void;
}

const CLUSTER_LABEL = { 'reused-avatar': 'Same avatar as', 'copied-text': 'Same text as', 'hashtag-burst': 'Same hashtags, same day, as', 'cross-platform': 'Same picture, other platform, as', 'co-repost': 'Reposted the same posts as' } as const;

/** Everything known about one account: avatar with eye overlay, reasons, linked accounts, posts, review. */
export function AccountView({ account: a, posts, onOpen, onReview, onClose }: AccountViewProps) {
  const eyes = a.image?.status === 'ok' ? a.image.eyes : null;
  const mine = posts.filter((p) => p.account === a.key);
  return (
    <section class="account-view" aria-label={`Account ${a.key}`}>
      <header>
        <h2>@{a.handle} <small>{a.platform}</small></h2>
        <button type="button" onClick={onClose}>Close</button>
      </header>
      <p>
        Risk <strong class={`risk ${a.band}`}>{a.risk}</strong> ({a.band}). Names seen: {a.displayNames.join(' · ') || '—'}.
        {a.profileUrl && <> Profile: <code>{a.profileUrl}</code></>}
      </p>
      <div class="evidence">
        <AvatarFigure avatarUrl={a.avatars.at(-1)?.url ?? null} eyes={eyes} measured={eyes !== null} />
        <div>
          <h3>Why</h3>
          <ul class="reasons">
            {a.reasons.map((r, i) => <li key={i}><strong>+{r.points}</strong> {r.signal}: {r.reason}</li>)}
            {a.reasons.length === 0 && <li>No signal fired.</li>}
          </ul>
          {a.cap && <p class="hint">{a.cap}</p>}
          {a.image && a.image.status !== 'error' && <p class="hint">Avatar SHA-256 {a.image.sha256.slice(0, 16)}…, model {a.image.modelVersion}</p>}
        </div>
      </div>
      <h3>History</h3>
      <HistoryList history={a.history} accountId={a.accountId} />
      <h3>Linked accounts</h3>
      {a.clusters.length === 0 ? <p>None.</p> : (
        <ul class="clusters-list">
          {a.clusters.map((c, i) => (
            <li key={i}>
              {CLUSTER_LABEL[c.signal]} {c.count} other{c.count === 1 ? '' : 's'}{c.day ? ` on ${c.day}` : ''}: “{c.shared}” —{' '}
              {c.accounts.map((k) => <button key={k} type="button" class="link" onClick={() => onOpen(k)}>{k}</button>)}
              {c.truncated && ' …'}
            </li>
          ))}
        </ul>
      )}
      <h3>Posts seen ({mine.length})</h3>
      <ol class="posts">
        {mine.slice(0, 200).map((p, i) => (
          <li key={i}><span class="when">{p.time ?? new Date(p.seenAt).toISOString()}</span> <span class="text">{p.text ?? (p.hashtags.length ? `#${p.hashtags.join(' #')}` : '(no text)')}</span></li>
        ))}
      </ol>
      <ReviewEditor key={`${a.key}|${a.review.updatedAt}`} review={a.review} onSave={onReview} />
    </section>
  );
}
