import { describe, expect, it } from 'vitest';
import { historyWith, noteHistory, valuesOf } from './history';
import { occurrence } from './testing';

describe('identity history', () => {
  it('extends a value while it stays, and starts an entry when it changes', () => {
    let h = noteHistory([], 'name', 'Maria', 1);
    h = noteHistory(h, 'name', 'Maria', 5);
    h = noteHistory(h, 'name', 'Правда', 9);
    expect(valuesOf(h, 'name').map((e) => [e.value, e.firstSeen, e.lastSeen])).toEqual([['Maria', 1, 5], ['Правда', 9, 9]]);
  });

  it('keeps time order when an older page is seen after a newer one', () => {
    let h = noteHistory([], 'handle', 'new_name', 100);
    h = noteHistory(h, 'handle', 'old_name', 10);
    h = noteHistory(h, 'handle', 'old_name', 20);
    expect(valuesOf(h, 'handle').map((e) => [e.value, e.firstSeen, e.lastSeen])).toEqual([['old_name', 10, 20], ['new_name', 100, 100]]);
  });

  it('records an avatar by picture, not by size variant, and a bio only from a profile header', () => {
    let h = historyWith([], occurrence({ avatarUrl: 'https://pbs.twimg.com/profile_images/1/a_normal.jpg' }), 1);
    h = historyWith(h, occurrence({ avatarUrl: 'https://pbs.twimg.com/profile_images/1/a_400x400.jpg' }), 2);
    expect(valuesOf(h, 'avatar')).toHaveLength(1);
    expect(valuesOf(h, 'bio')).toHaveLength(0);
    h = historyWith(h, occurrence({ kind: 'profile', text: 'Baker in Leeds' }), 3);
    expect(valuesOf(h, 'bio').map((e) => e.value)).toEqual(['Baker in Leeds']);
  });
});
