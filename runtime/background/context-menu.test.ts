import { describe, expect, it, vi } from 'vitest';
import type { UrlVerdict } from '../../utils/messages';
import { imageCheckKey, type ImageCheckState } from '../../utils/image-check-state';
import { MENU_ID, originPattern, registerContextMenu, type ContextMenuApi } from './context-menu';

const flush = () => new Promise((r) => setTimeout(r, 0));

function fakeApi(grant: boolean) {
  let clicked: ((info: { menuItemId: string | number; srcUrl?: string }) => void) | null = null;
  const session: Record<string, ImageCheckState> = {};
  const states: string[] = [];
  const api: ContextMenuApi = {
    create: vi.fn(),
    removeAll: vi.fn(async () => undefined),
    onClicked: (cb) => { clicked = cb; },
    requestOrigin: vi.fn(async () => grant),
    removeOrigin: vi.fn(async () => undefined),
    setSession: async (items) => { Object.assign(session, items); for (const v of Object.values(items)) states.push(v.state); },
    openResult: vi.fn(async () => undefined),
    pageUrl: (id) => `chrome-extension://id/check-image.html#${id}`,
  };
  return { api, session, states, click: (info: { menuItemId: string | number; srcUrl?: string }) => clicked?.(info) };
}

const verdict: UrlVerdict = { url: 'https://img.example/a.jpg', verdict: { status: 'no-face', sha256: 'a', width: 1, height: 1, reasons: ['no face'], modelVersion: 'm', phash: null } };

describe('registerContextMenu', () => {
  it('creates the image menu, asks for the host, opens the result window and stores the verdict', async () => {
    const f = fakeApi(true);
    const analyze = vi.fn(async () => [verdict]);
    registerContextMenu({ analyze, api: f.api, newId: () => 'c1' });
    await flush();
    expect(f.api.create).toHaveBeenCalledWith({ id: MENU_ID, title: 'Check this image with Sockscope', contexts: ['image'] });
    f.click({ menuItemId: MENU_ID, srcUrl: 'https://img.example/a.jpg' });
    await flush();
    await flush();
    expect(f.api.requestOrigin).toHaveBeenCalledWith('https://img.example/*');
    expect(f.api.openResult).toHaveBeenCalledWith('chrome-extension://id/check-image.html#c1');
    expect(analyze).toHaveBeenCalledWith(['https://img.example/a.jpg']);
    expect(f.states).toEqual(['checking', 'done']);
    expect(f.session[imageCheckKey('c1')]).toEqual({ state: 'done', url: verdict.url, verdict: verdict.verdict });
    // Issue 37, finding 6: the granted origin is given back once the check is done.
    expect(f.api.removeOrigin).toHaveBeenCalledWith('https://img.example/*');
  });

  it('keeps the platform image hosts the manifest requires', async () => {
    const f = fakeApi(true);
    registerContextMenu({ analyze: vi.fn(async () => [verdict]), api: f.api, newId: () => 'c2' });
    await flush();
    f.click({ menuItemId: MENU_ID, srcUrl: 'https://pbs.twimg.com/profile_images/1/a_400x400.jpg' });
    for (let i = 0; i < 4; i++) await flush();
    expect(f.states).toEqual(['checking', 'done']);
    expect(f.api.removeOrigin).not.toHaveBeenCalled();
  });

  it('says so when the host permission is refused, and never analyses', async () => {
    const f = fakeApi(false);
    const analyze = vi.fn(async () => [verdict]);
    registerContextMenu({ analyze, api: f.api, newId: () => 'c2' });
    f.click({ menuItemId: MENU_ID, srcUrl: 'https://img.example/a.jpg' });
    await flush();
    await flush();
    expect(analyze).not.toHaveBeenCalled();
    expect(f.session[imageCheckKey('c2')]?.state).toBe('denied');
  });

  it('ignores other menus and refuses non-web images', async () => {
    const f = fakeApi(true);
    const analyze = vi.fn(async () => [verdict]);
    registerContextMenu({ analyze, api: f.api, newId: () => 'c3' });
    f.click({ menuItemId: 'other', srcUrl: 'https://img.example/a.jpg' });
    f.click({ menuItemId: MENU_ID, srcUrl: 'data:image/png;base64,AAAA' });
    await flush();
    await flush();
    expect(analyze).not.toHaveBeenCalled();
    expect(f.session[imageCheckKey('c3')]).toMatchObject({ state: 'done', verdict: { status: 'error' } });
  });

  it('builds origin patterns for http(s) only', () => {
    expect(originPattern('https://pbs.twimg.com/a.jpg?x=1')).toBe('https://pbs.twimg.com/*');
    expect(originPattern('blob:https://x.com/123')).toBeNull();
    expect(originPattern('nonsense')).toBeNull();
  });
});
