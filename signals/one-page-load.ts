import { wordsOf, type AccountKey, type ClusterEvidence } from '../core/evidence';
import { said } from '../core/i18n/said';

// A page can plant posts against any handle of its own site (docs/threat-model.md): a cluster whose every
// sighting came from one page load is no more than what that page showed, so it says so, and fusion does not
// count it towards the two families 'high' needs (core/fuse.ts; docs/risk-defaults.md, "Planted evidence").

/** What is added to the reason of a cluster seen in one page load only. */
export const ONE_PAGE_LOAD_NOTE = 'all of it seen in one page load, which the page itself could have planted';

/** A stored post's account and the page load it was seen in (absent for older rows and imports). */
export interface LoadedPost {
  accountKey: AccountKey;
  load?: string | undefined;
}

/**
 * Marks each cluster of `key` whose accounts' posts (among `posts`) all come from one page load. A cluster is
 * marked only when every one of its accounts has a post here and each of them carries the same load id.
 */
export function markOnePageLoad<C extends ClusterEvidence>(clusters: readonly C[], posts: readonly LoadedPost[], key: AccountKey): C[] {
  return clusters.map((c) => {
    const members = new Set<string>([key, ...c.accounts]);
    const loads = new Set<string | undefined>();
    const covered = new Set<string>();
    for (const p of posts) {
      if (!members.has(p.accountKey)) continue;
      loads.add(p.load);
      covered.add(p.accountKey);
    }
    const [only] = loads;
    const one = covered.size === members.size && loads.size === 1 && only !== undefined;
    return one ? { ...c, onePageLoad: true, ...(c.msg ? wordsOf(said('reasonOnePageLoad', c.msg)) : { reason: `${c.reason}; ${ONE_PAGE_LOAD_NOTE}` }) } : c;
  });
}
