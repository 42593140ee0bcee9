import { exportLinks } from '../utils/export/links';
import type { ExportData } from '../utils/export/types';
import type { SignalId } from '../core/evidence';
import type { PageSeen } from './investigation';

const SHOWN: readonly SignalId[] = ['repurposed', 'cross-platform', 'known-content', 'non-photo-avatar', 'known-account', 'gan-face', 'copied-text', 'reused-avatar', 'hashtag-burst'];
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The run's summary for a terminal: the pages in the order seen, then each signal that fired, with its reason. */
export function findingLines(data: ExportData, pages: readonly PageSeen[], outPath: string): string[] {
  const lines = pages.map((p) => `page ${p.file} (${p.site}, seen ${day(p.seenAt)}${p.dated ? ', its own date' : ''}): ${p.authors} authors`);
  for (const signal of SHOWN)
    for (const a of data.accounts)
      for (const r of a.reasons.filter((x) => x.signal === signal)) lines.push(`${signal} +${r.points} ${a.key}: ${r.reason}`);
  for (const l of exportLinks(data.accounts).filter((x) => x.kind === 'cross-platform' || x.kind === 'same-account-id')) lines.push(`link ${l.kind}: ${l.a} ↔ ${l.b}`);
  const flagged = data.accounts.filter((a) => a.band !== 'low').length;
  lines.push(`${data.accounts.length} accounts (${flagged} flagged), ${data.posts.length} posts, ${data.avatars.filter((a) => a.ok).length}/${data.avatars.length} avatars → ${outPath}`);
  return lines;
}
