import type { ExportAccount } from '../../utils/export/types';
import { layoutClusters } from './cluster-layout';
import { siteEntry } from '../../sites/registry';
import { t, type MessageKey } from '../../core/i18n/translate';
import { BAND_WORD } from './dashboard-words';

export interface ClusterGraphProps {
  accounts: readonly ExportAccount[];
  onOpen: (key: string) => void;
}

const EDGE_COLOR = { 'reused-avatar': '#d93025', 'copied-text': '#1a73e8', 'hashtag-burst': '#f29900', 'cross-platform': '#8430ce', 'co-repost': '#188038' } as const;
/** Each platform's mark inside its dots, so a cross-platform link reads without colour too. */
const OFFSET = { 'copied-text': 0, 'reused-avatar': 2, 'hashtag-burst': -2, 'cross-platform': 4, 'co-repost': -4 } as const;
// Room for labels that stick out of a group's cell on the left and right.
const PAD = 90;
/** The legend's order: what each line colour means. */
const LEGEND: ReadonlyArray<readonly [keyof typeof EDGE_COLOR, MessageKey]> = [
  ['reused-avatar', 'dashLegendAvatar'],
  ['copied-text', 'dashLegendText'],
  ['hashtag-burst', 'dashLegendHashtags'],
  ['co-repost', 'dashLegendRepost'],
  ['cross-platform', 'dashLegendCross'],
];
const NODE_COLOR = { high: '#d93025', medium: '#f29900', low: '#9aa0a6', unknown: '#dadce0' } as const;

/** The clusters as a picture: accounts as dots on one circle per group, lines coloured by what they share. */
export function ClusterGraph({ accounts, onOpen }: ClusterGraphProps) {
  const g = layoutClusters(accounts);
  if (g.nodes.length === 0) return <p class="empty">{t('dashNoClusters')}</p>;
  const at = new Map(g.nodes.map((n) => [n.key, n]));
  return (
    <figure class="clusters">
      <svg viewBox={`${-PAD} 0 ${g.width + 2 * PAD} ${g.height}`} width={g.width + 2 * PAD} height={g.height} role="img" aria-label={t('dashClustersLabel', g.nodes.length)}>
        {g.edges.map((e, i) => {
          const a = at.get(e.a);
          const b = at.get(e.b);
          // Parallel links (same pair, another signal) are nudged so each colour stays visible.
          const off = OFFSET[e.signal];
          return a && b ? (
            <line key={i} data-signal={e.signal} x1={a.x + off} y1={a.y + off} x2={b.x + off} y2={b.y + off} stroke={EDGE_COLOR[e.signal]} stroke-width={1.5} {...(e.signal === 'cross-platform' ? { 'stroke-dasharray': '4 3' } : {})} />
          ) : null;
        })}
        {g.nodes.map((n) => (
          <g key={n.key} class="node" data-account={n.key} data-platform={n.platform} tabIndex={0} role="button" aria-label={`${n.key} (${siteEntry(n.platform).label}, ${t(BAND_WORD[n.band])})`} onClick={() => onOpen(n.key)} onKeyDown={(e) => e.key === 'Enter' && onOpen(n.key)}>
            <circle cx={n.x} cy={n.y} r={9} fill={NODE_COLOR[n.band]} stroke="#202124" />
            <text x={n.x} y={n.y + 3} text-anchor="middle" font-size={siteEntry(n.platform).mark.length > 1 ? 7 : 9} font-weight="bold" class="platform-mark">{siteEntry(n.platform).mark}</text>
            <text x={n.lx} y={n.ly} text-anchor={n.anchor} font-size={10}>{n.key.replace(/^[a-z]+:/, '@').slice(0, 24)}</text>
          </g>
        ))}
      </svg>
      <figcaption>
        {t('dashLegendLines')}{' '}
        {LEGEND.map(([signal, key], i) => (
          <span key={signal}>{i > 0 && t('dashLegendSeparator')}<span style={{ color: EDGE_COLOR[signal] }}>{t(key)}</span></span>
        ))}
        <br />
        {t('dashLegendDots')}
      </figcaption>
    </figure>
  );
}
