import { useEffect, useState } from 'preact/hooks';
import type { GetTabCounts, TabCounts } from './types';

import { t } from '../../core/i18n/translate';

type Loaded = { kind: 'loading' } | { kind: 'none' } | { kind: 'failed' } | { kind: 'ok'; counts: TabCounts };

/** "This tab: N authors checked, N medium, N high, N couldn't check". */
export function TabCountsView({ getTabCounts }: { getTabCounts: GetTabCounts }) {
  const [state, setState] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    getTabCounts().then(
      (counts) => live && setState(counts ? { kind: 'ok', counts } : { kind: 'none' }),
      (e: unknown) => {
        console.error('[sockscope:popup] tab counts failed', e);
        if (live) setState({ kind: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [getTabCounts]);

  return (
    <p class="counts" aria-live="polite">
      {state.kind === 'loading' && t('popupCounting')}
      {state.kind === 'none' && t('popupNotHere')}
      {state.kind === 'failed' && t('popupCountsFailed')}
      {state.kind === 'ok' &&
        (state.counts.checked === 1
          ? t('popupCountsOne', state.counts.medium, state.counts.high, state.counts.error)
          : t('popupCounts', state.counts.checked, state.counts.medium, state.counts.high, state.counts.error))}
    </p>
  );
}
