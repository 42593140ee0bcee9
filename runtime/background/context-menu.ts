import { browser } from 'wxt/browser';
import { httpUrlOf } from '../../utils/dom/urls';
import { platformImageUrl } from '../../sites/platform-image-url';
import { imageCheckKey, type ImageCheckState } from '../../utils/image-check-state';
import type { UrlVerdict } from '../../utils/messages';
import { t } from '../../core/i18n/translate';

export const MENU_ID = 'sockscope-check-image';

/** The browser calls the handler needs; injectable so tests don't need a real browser. */
export interface ContextMenuApi {
  create(props: { id: string; title: string; contexts: ['image'] }): void;
  removeAll(): Promise<void>;
  onClicked(cb: (info: { menuItemId: string | number; srcUrl?: string }) => void): void;
  requestOrigin(origin: string): Promise<boolean>;
  /** Give a granted origin back (permissions.remove); platform image hosts, required by the manifest, are never removed. */
  removeOrigin(origin: string): Promise<void>;
  setSession(items: Record<string, ImageCheckState>): Promise<void>;
  openResult(pageUrl: string): Promise<void>;
  pageUrl(id: string): string;
}

export interface ContextMenuDeps {
  analyze(urls: string[]): Promise<UrlVerdict[]>;
  api?: ContextMenuApi;
  newId?: () => string;
}

/** The host-permission pattern for an image URL; null for anything but http(s) (data:, blob:, file:). */
export function originPattern(url: string): string | null {
  const u = httpUrlOf(url);
  return u ? `${u.protocol}//${u.hostname}/*` : null;
}

/** Adds "Check this image with Sockscope" to images' context menu; the verdict opens in a small window. */
export function registerContextMenu(deps: ContextMenuDeps): void {
  const api = deps.api ?? browserApi();
  const newId = deps.newId ?? (() => crypto.randomUUID());
  // removeAll first: the worker re-runs this on every start and a duplicate id would throw.
  void api.removeAll().then(() => api.create({ id: MENU_ID, title: t('menuCheckImage'), contexts: ['image'] }));
  api.onClicked((info) => {
    if (info.menuItemId !== MENU_ID || !info.srcUrl) return;
    void check(info.srcUrl);
  });

  async function check(url: string): Promise<void> {
    const id = newId();
    const origin = originPattern(url);
    // Ask before any await that isn't the request itself: the click is the user gesture Chrome requires.
    const granted = origin ? api.requestOrigin(origin).catch(() => false) : Promise.resolve(false);
    await api.setSession({ [imageCheckKey(id)]: { state: 'checking', url } });
    await api.openResult(api.pageUrl(id));
    if (!(await granted)) {
      await api.setSession({ [imageCheckKey(id)]: origin ? { state: 'denied', url } : { state: 'done', url, verdict: { status: 'error', error: 'only web images (http/https) can be checked' } } });
      return;
    }
    const [result] = await deps.analyze([url])
      .catch((e: unknown) => [{ url, verdict: { status: 'error' as const, error: `couldn't check: ${String(e)}`.slice(0, 200) } }])
      // The grant was for this one check: an origin left granted would let any later fetch reach it.
      .finally(() => (origin && !platformImageUrl(url) ? api.removeOrigin(origin).catch(() => undefined) : undefined));
    await api.setSession({ [imageCheckKey(id)]: { state: 'done', url, verdict: result?.verdict ?? { status: 'error', error: 'no answer from the analyser' } } });
  }
}

function browserApi(): ContextMenuApi {
  return {
    create: (props) => void browser.contextMenus.create(props),
    removeAll: () => browser.contextMenus.removeAll(),
    onClicked: (cb) => browser.contextMenus.onClicked.addListener((info) => cb(info)),
    requestOrigin: (origin) => browser.permissions.request({ origins: [origin] }),
    removeOrigin: async (origin) => void (await browser.permissions.remove({ origins: [origin] })),
    setSession: (items) => browser.storage.session.set(items),
    openResult: async (url) => void (await browser.windows.create({ url, type: 'popup', width: 440, height: 620 })),
    pageUrl: (id) => `${browser.runtime.getURL('/check-image.html')}#${encodeURIComponent(id)}`,
  };
}
