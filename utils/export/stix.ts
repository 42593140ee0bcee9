import { textHash } from '../../signals/normalise-text';
import type { SignalId } from '../../core/evidence';
import type { ExportAccount } from './types';
import { siteEntry } from '../../sites/registry';

/** The framework codes a coordination signal corresponds to (DISARM, and Meta's Online Operations Kill Chain; docs/sources.md, "Export formats"). */
interface Technique {
  name: string;
  disarm: { id: string; name: string };
  meta: { id: string; name: string };
}

export const TECHNIQUES: Partial<Record<SignalId, Technique>> = {
  'gan-face': { name: 'AI-generated profile picture', disarm: { id: 'T0145.002', name: 'AI-Generated Account Imagery' }, meta: { id: '1.1.2', name: 'GAN profile pictures' } },
  'reused-avatar': { name: 'Copied profile picture', disarm: { id: 'T0145.001', name: 'Copy Account Imagery' }, meta: { id: '1.1.1', name: 'Copying profile pictures' } },
  'copied-text': { name: 'Copied post text', disarm: { id: 'T0084.001', name: 'Use Copypasta' }, meta: { id: '5.4.2', name: 'Copying authentic posts' } },
  'hashtag-burst': { name: 'Coordinated hashtag burst', disarm: { id: 'T0049.003', name: 'Bots Amplify via Automated Forwarding and Reposting' }, meta: { id: '6.3.1', name: 'Generic hashtags' } },
};

/** A STIX object as we write it: the common properties plus whatever its type adds. */
export type StixObject = { type: string; spec_version: '2.1'; id: string; created: string; modified: string } & Record<string, unknown>;

/** Deterministic UUID-shaped id from a name, so the same export gives the same ids (diffable bundles). */
export function stixId(type: string, name: string): string {
  const hex = [0, 1, 2].map((seed) => textHash(`${type}|${name}`, seed).padStart(14, '0')).join('');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${type}--${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** STIX pattern string literal: backslashes and quotes escaped (STIX 2.1 §9.2). */
const literal = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** A STIX 2.1 bundle: Sockscope as identity, one indicator per flagged account, attack-patterns for its signals. */
export function stixBundle(accounts: readonly ExportAccount[], generatedAt: number): { type: 'bundle'; id: string; objects: StixObject[] } {
  const now = new Date(generatedAt).toISOString();
  const base = (type: string, name: string): StixObject => ({ type, spec_version: '2.1', id: stixId(type, name), created: now, modified: now });
  const identity = { ...base('identity', 'sockscope'), name: 'Sockscope', identity_class: 'system', description: 'On-device sock-puppet evidence browser extension' };
  const patterns = new Map<SignalId, StixObject>();
  const objects: StixObject[] = [identity];
  for (const a of accounts) {
    const signals = [...new Set(a.reasons.map((r) => r.signal))].filter((s) => TECHNIQUES[s]);
    if (a.band === 'low' && signals.length === 0) continue;
    const indicator: StixObject = {
      ...base('indicator', a.key),
      created_by_ref: identity.id,
      name: `Possible sock puppet: ${a.platform} @${a.handle}`,
      description: a.reasons.map((r) => `${r.signal} +${r.points}: ${r.reason}`).join('\n'),
      indicator_types: ['anomalous-activity'],
      pattern: `[user-account:account_login = ${literal(a.handle)} AND user-account:account_type = '${siteEntry(a.platform).stixAccountType}']`,
      pattern_type: 'stix',
      valid_from: new Date(a.firstSeen).toISOString(),
      confidence: a.risk,
      labels: [a.band, `review:${a.review.status}`],
    };
    objects.push(indicator);
    for (const s of signals) {
      const t = TECHNIQUES[s];
      if (!t) continue;
      let ap = patterns.get(s);
      if (!ap) {
        ap = {
          ...base('attack-pattern', s),
          created_by_ref: identity.id,
          name: t.name,
          description: `Sockscope signal "${s}"`,
          external_references: [
            { source_name: 'DISARM', external_id: t.disarm.id, description: t.disarm.name, url: `https://github.com/DISARMFoundation/DISARMframeworks/blob/main/generated_pages/techniques/${t.disarm.id}.md` },
            { source_name: 'Meta Online Operations Kill Chain', external_id: t.meta.id, description: t.meta.name },
          ],
        };
        patterns.set(s, ap);
        objects.push(ap);
      }
      objects.push({ ...base('relationship', `${a.key}|${s}`), created_by_ref: identity.id, relationship_type: 'indicates', source_ref: indicator.id, target_ref: ap.id });
    }
  }
  return { type: 'bundle', id: stixId('bundle', `${generatedAt}|${accounts.map((a) => a.key).join(',')}`), objects };
}
