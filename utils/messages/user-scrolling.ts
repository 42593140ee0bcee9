import * as v from 'valibot';
import { isTargeted } from './parse';

/**
 * content → the analyser (the offscreen document; in Firefox, the background page): the user is scrolling
 * this page, so hold new analyses back for a moment. Sent straight there: a runtime message reaches every
 * extension context, and a hop through the service worker only delayed the hold.
 */
export const UserScrollingSchema = v.object({
  target: v.literal('analyser'),
  type: v.literal('user-scrolling'),
});
export type UserScrolling = v.InferOutput<typeof UserScrollingSchema>;

/** True for a well-formed scroll signal meant for the analyser. */
export function isUserScrolling(raw: unknown): boolean {
  return isTargeted(raw, 'analyser') && v.is(UserScrollingSchema, raw);
}
