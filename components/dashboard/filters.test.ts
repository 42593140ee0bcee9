import { describe, expect, it } from 'vitest';
import { sampleAccount } from '../../utils/export/testing/sample-data';
import { applyFilters, DEFAULT_FILTERS, toggleSort } from './filters';

const day = (d: string): number => Date.parse(`${d}T12:00:00Z`);
const accs = [
  sampleAccount('high1', { risk: 80, band: 'high', firstSeen: day('2021-04-01'), lastSeen: day('2021-04-02') }),
  sampleAccount('low1', { risk: 5, band: 'low', reasons: [], firstSeen: day('2021-05-01'), lastSeen: day('2021-05-01') }),
  sampleAccount('fb', { platform: 'facebook', risk: 40, band: 'medium', reasons: [{ signal: 'hashtag-burst', family: 'hashtags', points: 15, reason: '' }], firstSeen: day('2021-06-01'), lastSeen: day('2021-06-01') }),
];
const keys = (f: Partial<typeof DEFAULT_FILTERS>): string[] => applyFilters(accs, { ...DEFAULT_FILTERS, ...f }).map((a) => a.handle);

describe('applyFilters', () => {
  it('shows flagged accounts riskiest first by default', () => expect(keys({})).toEqual(['high1', 'fb']));
  it('filters by platform, band, signal, dates and text', () => {
    expect(keys({ band: 'all', platform: 'facebook' })).toEqual(['fb']);
    expect(keys({ band: 'low' })).toEqual(['low1']);
    expect(keys({ signal: 'hashtag-burst' })).toEqual(['fb']);
    expect(keys({ band: 'all', from: '2021-04-03', to: '2021-05-31' })).toEqual(['low1']);
    expect(keys({ band: 'all', text: 'LILY' })).toEqual(['high1', 'fb', 'low1']);
  });
  it('sorts by a clicked column and flips on a second click', () => {
    const byHandle = toggleSort(DEFAULT_FILTERS, 'handle');
    expect(keys({ ...byHandle, band: 'all' })).toEqual(['fb', 'high1', 'low1']);
    expect(keys({ ...toggleSort(byHandle, 'handle'), band: 'all' })).toEqual(['low1', 'high1', 'fb']);
  });
});
