import type { Site } from '../../sites/registry';
import type { AccountEvidenceView } from '../../utils/messages';
import { wordsOf } from '../../core/evidence';
import { said } from '../../core/i18n/said';

// What a page may learn (docs/threat-model.md): a badge and its panel live in the page's document, so what
// crosses to the content script is within reach of a compromised renderer, and of the page itself if the
// shadow root were ever opened. A page already knows the accounts of its own site; the accounts of other
// platforms the user visited, and when, it must not learn. Clusters keep their count and score (the verdict
// is unchanged); their other-platform accounts, and the reason naming them, stay in the dashboard.

/** The reason a cluster shows in a page when it links accounts on other platforms (its sentence replaces the one naming them). */
const OTHER_PLATFORM = wordsOf(said('reasonOtherPlatforms'));

/** The English of that reason. */
export const OTHER_PLATFORM_REASON = OTHER_PLATFORM.reason;

/** `view` as the page of `site` may see it: no other platform's accounts, nor reasons naming them. */
export function sameSiteView(view: AccountEvidenceView, site: Site): AccountEvidenceView {
  const own = (key: string) => key.startsWith(`${site}:`);
  return {
    ...view,
    clusters: view.clusters.map((c) => {
      const accounts = c.accounts.filter((a) => own(a.key));
      return accounts.length === c.accounts.length ? c : { ...c, accounts, ...OTHER_PLATFORM };
    }),
  };
}
