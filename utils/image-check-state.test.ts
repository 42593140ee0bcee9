import { describe, expect, it } from 'vitest';
import { imageCheckKey, parseImageCheckState } from './image-check-state';

describe('image check state', () => {
  it('reads each stored state and refuses anything else', () => {
    expect(parseImageCheckState({ state: 'checking', url: 'https://a/b.jpg' })).toEqual({ state: 'checking', url: 'https://a/b.jpg' });
    const done = { state: 'done', url: 'https://a/b.jpg', verdict: { status: 'error', error: 'image too large' } };
    expect(parseImageCheckState(done)).toEqual(done);
    expect(parseImageCheckState({ state: 'done', url: 'https://a/b.jpg', verdict: { status: 'ok' } })).toBeNull();
    expect(parseImageCheckState(undefined)).toBeNull();
    expect(imageCheckKey('7')).toBe('check-image:7');
  });
});
