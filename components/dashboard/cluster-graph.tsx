import type { ExportAccount } from '../../utils/export/types';
import { layoutClusters } from './cluster-layout';

export interface ClusterGraphProps {
  accounts: readonly ExportAccount[];
  onOpen: (key: string) => void;
}

const EDGE_COLOR = { 'reused-avatar': '#d93025', 'copied-text': '#1a73e8', 'hashtag-burst': '#f29900' } as const;
// Room for labels that stick out of a group's cell on the left and right.
const PAD = 90;
const NODE_COLOR = { high: '#d93025', medium: '#f29900', low: '#9aa0a6', unknown: '#dadce0' } as const;

/** The clusters as a picture: accounts as dots on one circle per group, lines coloured by what they share. */
export function ClusterGraph({ accounts, onOpen }: ClusterGraphProps) {
  const g = layoutClusters(accounts);
  if (g.nodes.length === 0) return <p class="empty">No clusters yet: no two accounts share an avatar, a text or a hashtag burst.</p>;
  const at = new Map(g.nodes.map((n) => [n.key, n]));
  return (
    <figure class="clusters">
      <svg viewBox={`${-PAD} 0 ${g.width + 2 * PAD} ${g.height}`} width={g.width + 2 * PAD} height={g.height} role="img" aria-label={`${g.nodes.length} accounts in clusters`}>
        {g.edges.map((e, i) => {
          const a = at.get(e.a);
          const b = at.get(e.b);
          // Parallel links (same pair, another signal) are nudged so each colour stays visible.
          const off = e.signal === 'copied-text' ? 0 : e.signal === 'reused-avatar' ? 2 : -2;
          return a && b ? <line key={i} data-signal={e.signal} x1={a.x + off} y1={a.y + off} x2={b.x + off} y2={b.y + off} stroke={EDGE_COLOR[e.signal]} stroke-width={1.5} /> : null;
        })}
        {g.nodes.map((n) => (
          <g key={n.key} class="node" data-account={n.key} tabIndex={0} role="button" onClick={() => onOpen(n.key)} onKeyDown={(e) => e.key === 'Enter' && onOpen(n.key)}>
            <circle cx={n.x} cy={n.y} r={7} fill={NODE_COLOR[n.band]} stroke="#202124" />
            <text x={n.lx} y={n.ly} text-anchor={n.anchor} font-size={10}>{n.key.replace(/^[a-z]+:/, '@').slice(0, 24)}</text>
          </g>
        ))}
      </svg>
      <figcaption>
        Lines: <span style={{ color: EDGE_COLOR['reused-avatar'] }}>same avatar</span>, <span style={{ color: EDGE_COLOR['copied-text'] }}>same text</span>,{' '}
        <span style={{ color: EDGE_COLOR['hashtag-burst'] }}>same hashtags the same day</span>. Dots: red high, amber medium, grey low or not stored.
      </figcaption>
    </figure>
  );
}
