import { describe, expect, it } from 'vitest';
import { TabCounter } from './tab-counts';
import type { ImageVerdict } from '../../utils/messages';

describe('TabCounter', () => {
  it('counts each avatar once per tab, by outcome', () => {
    const t = new TabCounter();
    const s = { sensitivity: 0.9 };
    const ok: ImageVerdict = { status: 'ok', sha256: 'a', width: 1, height: 1, eyes: { left: { x: 0, y: 0 }, right: { x: 1, y: 0 } }, eyeDistance: 0, score: 0.9, band: 'high', reasons: [], modelVersion: 'm', phash: null };
    t.record(1, 'u1', ok);
    t.record(1, 'u1', ok);
    t.record(1, 'u2', { status: 'error', error: 'x' });
    t.record(2, 'u3', { status: 'no-face', sha256: 'b', width: 1, height: 1, reasons: [], modelVersion: 'm', phash: null });
    expect(t.counts(1, s)).toEqual({ checked: 2, low: 0, medium: 0, high: 1, noFace: 0, error: 1 });
    expect(t.counts(2, s).noFace).toBe(1);
    expect(t.counts(1, { sensitivity: 0.95 }).medium).toBe(1);
    t.forget(1);
    expect(t.counts(1, s).checked).toBe(0);
  });
});
