import { parseAccountKey } from './account-key';

/**
 * How a reader recognises an account of any platform: `x.com/jane`, `youtube.com/@chan`,
 * `youtube.com/channel/UC…`, `facebook.com/profile.php?id=…`. The key's handle is lower-cased.
 */
export function accountWebLabel(key: string): string {
  const p = parseAccountKey(key);
  if (!p) return key;
  if (p.site === 'x') return `x.com/${p.handle}`;
  if (p.site === 'youtube') return /^uc[\w-]{22}$/i.test(p.handle) ? `youtube.com/channel/${p.handle}` : `youtube.com/@${p.handle}`;
  return /^\d+$/.test(p.handle) ? `facebook.com/profile.php?id=${p.handle}` : `facebook.com/${p.handle}`;
}
