import type { SignalId } from '../../core/evidence';
import { SITES, siteEntry } from '../../sites/registry';
import { SIGNAL_COLUMNS } from '../../utils/export/columns';
import type { BandFilter, Filters } from './filters';
import { t } from '../../core/i18n/translate';
import { BAND_WORD } from './dashboard-words';

export interface FilterBarProps {
  filters: Filters;
  onChange: (next: Filters) => void;
}

const BANDS: BandFilter[] = ['flagged', 'all', 'high', 'medium', 'low'];

/** Platform, risk band, signal, date range and free-text filters above the table. */
export function FilterBar({ filters: f, onChange }: FilterBarProps) {
  return (
    <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('dashFilters')}>
      <label>
        {t('dashColPlatform')}{' '}
        <select name="platform" value={f.platform} onChange={(e) => onChange({ ...f, platform: e.currentTarget.value as Filters['platform'] })}>
          <option value="all">{t('dashAll')}</option>
          {SITES.map((s) => <option key={s} value={s}>{siteEntry(s).label}</option>)}
        </select>
      </label>
      <label>
        {t('dashColRisk')}{' '}
        <select name="band" value={f.band} onChange={(e) => onChange({ ...f, band: e.currentTarget.value as BandFilter })}>
          {BANDS.map((b) => <option key={b} value={b}>{b === 'flagged' ? t('dashBandFlagged') : b === 'all' ? t('dashAll') : t(BAND_WORD[b])}</option>)}
        </select>
      </label>
      <label>
        {t('dashFilterSignal')}{' '}
        <select name="signal" value={f.signal} onChange={(e) => onChange({ ...f, signal: e.currentTarget.value as SignalId | 'any' })}>
          <option value="any">{t('dashAny')}</option>
          {SIGNAL_COLUMNS.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      <label>
        {t('dashSeenFrom')} <input type="date" name="from" value={f.from} onInput={(e) => onChange({ ...f, from: e.currentTarget.value })} />
      </label>
      <label>
        {t('dashSeenTo')} <input type="date" name="to" value={f.to} onInput={(e) => onChange({ ...f, to: e.currentTarget.value })} />
      </label>
      <label>
        {t('dashSearch')} <input type="search" name="text" value={f.text} placeholder={t('dashSearchPlaceholder')} onInput={(e) => onChange({ ...f, text: e.currentTarget.value })} />
      </label>
    </form>
  );
}
