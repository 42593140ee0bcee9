import type { ImageVerdict } from '../../core/verdict';
import type { TabCounts } from '../../utils/messages';
import { judgeImage } from '../../core/judge';
import type { Settings } from '../../utils/settings';

type Outcome = 'low' | 'medium' | 'high' | 'noFace' | 'error';

/** Per-tab tallies of checked authors (by avatar URL), kept in memory for the popup. */
export class TabCounter {
  private readonly tabs = new Map<number, Map<string, ImageVerdict>>();

  /** Record the outcome for one avatar seen in a tab (re-sightings replace, never double count). */
  record(tabId: number, url: string, verdict: ImageVerdict): void {
    let m = this.tabs.get(tabId);
    if (!m) this.tabs.set(tabId, (m = new Map()));
    m.set(url, verdict);
  }

  /** Counts for one tab (zeros for an unknown tab), banded with the user's sensitivity like the badges. */
  counts(tabId: number, settings: Pick<Settings, 'sensitivity' | 'signals'>): TabCounts {
    const c: TabCounts = { checked: 0, low: 0, medium: 0, high: 0, noFace: 0, error: 0 };
    for (const v of this.tabs.get(tabId)?.values() ?? []) {
      c.checked++;
      c[outcomeOf(v, settings)]++;
    }
    return c;
  }

  /** Forget a tab (closed or navigated away). */
  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }
}

function outcomeOf(v: ImageVerdict, settings: Pick<Settings, 'sensitivity' | 'signals'>): Outcome {
  const band = judgeImage(v, settings).band;
  return band === 'no-face' ? 'noFace' : band;
}
