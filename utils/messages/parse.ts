import * as v from 'valibot';

/** Validate a response that crossed a context boundary; throws a named error when malformed. */
export function parseResponse<T>(schema: v.GenericSchema<unknown, T>, raw: unknown, what: string): T {
  const r = v.safeParse(schema, raw);
  if (!r.success) throw new Error(`[sockscope:messages] malformed ${what} response`);
  return r.output;
}

/** True when `raw` is an object addressed to `target` (a cheap look before the full parse). */
export function isTargeted(raw: unknown, target: string): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { target?: unknown }).target === target;
}

/** Parse a message addressed to `target`; null for other targets and for anything the schema rejects. */
export function parseTargeted<T>(target: string, schema: v.GenericSchema<unknown, T>, raw: unknown): T | null {
  if (!isTargeted(raw, target)) return null;
  const r = v.safeParse(schema, raw);
  return r.success ? r.output : null;
}
