import type { HistoryEntry, HistoryField } from '../../utils/db/records';

const LABEL: Record<HistoryField, string> = { handle: 'Handles', name: 'Names', avatar: 'Pictures', bio: 'Bios' };
const ORDER: readonly HistoryField[] = ['handle', 'name', 'avatar', 'bio'];
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** What the account called itself over time: each field's values with the days this browser saw them. */
export function HistoryList({ history, accountId }: { history: readonly HistoryEntry[]; accountId: string | null }) {
  const fields = ORDER.filter((f) => history.some((h) => h.field === f));
  if (fields.length === 0) return <p>Nothing recorded yet.</p>;
  return (
    <div class="history">
      {accountId && <p class="hint">Platform id {accountId}: the same account whatever its handle.</p>}
      <dl>
        {fields.map((f) => {
          const entries = history.filter((h) => h.field === f).sort((a, b) => a.firstSeen - b.firstSeen);
          return (
            <div key={f} data-field={f} class={entries.length > 1 ? 'changed' : ''}>
              <dt>{LABEL[f]}{entries.length > 1 ? ` (${entries.length}: changed)` : ''}</dt>
              {entries.map((h, i) => (
                <dd key={i}>
                  <bdi>{f === 'handle' ? `@${h.value}` : h.value}</bdi> <span class="when">{day(h.firstSeen)}{h.lastSeen > h.firstSeen ? ` – ${day(h.lastSeen)}` : ''}</span>
                </dd>
              ))}
            </div>
          );
        })}
      </dl>
    </div>
  );
}
