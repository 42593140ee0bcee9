import type { HistoryEntry, HistoryField } from '../../utils/db/records';
import { formatDay, t, type MessageKey } from '../../core/i18n/translate';

const LABEL: Record<HistoryField, MessageKey> = { handle: 'dashHistHandles', name: 'dashHistNames', avatar: 'dashHistPictures', bio: 'dashHistBios' };
const ORDER: readonly HistoryField[] = ['handle', 'name', 'avatar', 'bio'];
const day = (ms: number): string => formatDay(new Date(ms).toISOString().slice(0, 10));

/** What the account called itself over time: each field's values with the days this browser saw them. */
export function HistoryList({ history, accountId }: { history: readonly HistoryEntry[]; accountId: string | null }) {
  const fields = ORDER.filter((f) => history.some((h) => h.field === f));
  if (fields.length === 0) return <p>{t('dashHistEmpty')}</p>;
  return (
    <div class="history">
      {accountId && <p class="hint">{t('dashPlatformId', accountId)}</p>}
      <dl>
        {fields.map((f) => {
          const entries = history.filter((h) => h.field === f).sort((a, b) => a.firstSeen - b.firstSeen);
          return (
            <div key={f} data-field={f} class={entries.length > 1 ? 'changed' : ''}>
              <dt>{entries.length > 1 ? t('dashHistChanged', t(LABEL[f]), entries.length) : t(LABEL[f])}</dt>
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
