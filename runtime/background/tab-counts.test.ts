import { describe, expect, it } from 'vitest';
import { TabCounter } from './tab-counts';
import { defaultSettings } from '../../utils/settings';
import { FLAGGED_P, okVerdict } from '../../utils/testing/verdict';

describe('TabCounter', () => {
  it('counts each avatar once per tab, by outcome', () => {
    const t = new TabCounter();
    const s = defaultSettings();
    const ok = okVerdict(FLAGGED_P);
    t.record(1, 'u1', ok);
    t.record(1, 'u1', ok);
    t.record(1, 'u2', { status: 'error', error: 'x' });
    t.record(2, 'u3', { status: 'no-face', sha256: 'b', width: 1, height: 1, reasons: [], modelVersion: 'm', phash: null });
    expect(t.counts(1, s)).toEqual({ checked: 2, low: 0, medium: 0, high: 1, noFace: 0, error: 1 });
    expect(t.counts(2, s).noFace).toBe(1);
    // Banded like the badges: the user's stricter threshold leaves the same avatar unflagged.
    expect(t.counts(1, { ...s, sensitivity: 0.999 }).low).toBe(1);
    t.forget(1);
    expect(t.counts(1, s).checked).toBe(0);
  });
});
