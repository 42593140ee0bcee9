// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { changedUnits } from './changed-units';

describe('changedUnits', () => {
  it('maps changes to their outermost unit, keeps added subtrees, drops nested roots', () => {
    document.body.innerHTML = `<header id="h"><img id="hi"></header>
      <div id="feed"><article id="a1"><div class="quote"><article id="q"><img id="qi"></article></div></article><article id="a2"></article></div>`;
    const $ = (id: string) => document.getElementById(id)!;
    expect(changedUnits([$('qi'), $('a2')], 'article')).toEqual([$('a1'), $('a2')]);
    expect(changedUnits([$('feed'), $('a2')], 'article')).toEqual([$('feed')]);
    expect(changedUnits([$('hi')], 'article')).toBeNull();
    const gone = document.createElement('article');
    expect(changedUnits([gone], 'article')).toEqual([]);
  });
});
