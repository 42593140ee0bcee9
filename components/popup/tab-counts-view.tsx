import { useEffect, useState } from 'preact/hooks';
import type { GetTabCounts, TabCounts } from './types';

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
      {state.kind === 'loading' && 'This tab: counting…'}
      {state.kind === 'none' && "Sockscope doesn't run on this page."}
      {state.kind === 'failed' && "This tab: counts aren't available right now."}
      {state.kind === 'ok' && (
        <>
          This tab: <strong>{state.counts.checked}</strong> {state.counts.checked === 1 ? 'author' : 'authors'} checked,{' '}
          <strong>{state.counts.medium}</strong> medium, <strong>{state.counts.high}</strong> high,{' '}
          <strong>{state.counts.error}</strong> couldn't check
        </>
      )}
    </p>
  );
}
