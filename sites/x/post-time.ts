import { firstOutside } from '../../utils/dom/query';
import { statusIdOf } from './page-type';
import { X_SELECTORS } from './selectors';

/** A post's time (ISO, null when missing or invalid) and status id from its permalink. */
export interface PostTime {
  time: string | null;
  statusId: string | null;
}

/** Read the time and status id of the post in `region`, ignoring `exclude` (quoted posts). */
export function readPostTime(region: Element, exclude: readonly Element[]): PostTime {
  const timeEl = firstOutside(region, X_SELECTORS.time, exclude);
  const permalink = timeEl?.closest(X_SELECTORS.statusLink) ?? null;
  const statusId = statusIdOf(permalink?.getAttribute('href') ?? null);
  return { time: isoTime(timeEl?.getAttribute('datetime') ?? null), statusId };
}

/** `datetime` attribute → ISO 8601, or null when it doesn't parse. */
export function isoTime(value: string | null): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
