import { X_SELECTORS } from './selectors';

/** What X's page data says about one user. */
export interface XUserFacts {
  id: string;
  /** ISO time the account was created. */
  createdAt: string | null;
}

const cache = new WeakMap<Document, Map<string, XUserFacts>>();

/** The JSON object that starts at `from` (a `{`), by brace matching that skips strings; null if unbalanced. */
function objectAt(text: string, from: number): string | null {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(from, i + 1);
  }
  return null;
}

type StateUser = { id_str?: unknown; screen_name?: unknown; created_at?: unknown };

/**
 * Users X's own page state names, by lower-cased screen name: `window.__INITIAL_STATE__` keeps
 * `entities.users.entities` with each user's numeric `id_str` (which survives renames) and `created_at`.
 * On saved pages it holds the logged-in user (the 2021 and Feb 2025 home timelines, one each).
 */
export function xStateUsers(doc: Document): Map<string, XUserFacts> {
  let users = cache.get(doc);
  if (users) return users;
  users = new Map();
  for (const script of doc.querySelectorAll(X_SELECTORS.inlineScript)) {
    const text = script.textContent ?? '';
    const at = text.indexOf(X_SELECTORS.initialStateMarker);
    if (at < 0) continue;
    const json = objectAt(text, text.indexOf('{', at));
    if (!json) continue;
    try {
      const state = JSON.parse(json) as { entities?: { users?: { entities?: Record<string, StateUser> } } };
      for (const u of Object.values(state.entities?.users?.entities ?? {}))
        if (typeof u.screen_name === 'string' && typeof u.id_str === 'string' && /^\d+$/.test(u.id_str))
          users.set(u.screen_name.toLowerCase(), { id: u.id_str, createdAt: typeof u.created_at === 'string' ? u.created_at : null });
    } catch {
      // A truncated or rewritten state script: no ids from it, the page's authors are still found.
    }
  }
  cache.set(doc, users);
  return users;
}

/** The user id in a profile banner URL (`pbs.twimg.com/profile_banners/<id>/<time>/…`), or null. */
export function bannerUserId(region: Element): string | null {
  const src = region.querySelector(X_SELECTORS.profileBanner)?.getAttribute('src') ?? '';
  return /\/profile_banners\/(\d{1,25})\//.exec(src)?.[1] ?? null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Joined March 2011" (the English profile header) → "2011-03"; null for other languages or none. */
export function joinedMonth(region: Element): string | null {
  const text = region.querySelector(X_SELECTORS.joinDate)?.textContent ?? '';
  const m = /Joined\s+([A-Za-z]+)\s+(\d{4})/.exec(text);
  const month = m ? MONTHS.indexOf(m[1]!.toLowerCase()) : -1;
  return m && month >= 0 ? `${m[2]}-${String(month + 1).padStart(2, '0')}` : null;
}
