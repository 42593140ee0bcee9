import * as v from 'valibot';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import type { MessageKey } from '../../core/i18n/translate';
import type { Said } from '../../core/i18n/said';
import { str } from '../../core/fields';

/** Every key English declares: a sentence crossing contexts names one of them, or it is refused. */
const KEYS = Object.keys(en) as [MessageKey, ...MessageKey[]];
const key = v.picklist(KEYS);
const num = v.pipe(v.number(), v.finite());

/** A figure of a sentence (core/i18n/said.ts `Leaf`). */
const LeafSchema = v.union([
  str(1_000),
  num,
  v.strictObject({ day: v.pipe(str(10), v.regex(/^\d{4}-\d{2}(-\d{2})?$/)) }),
  v.strictObject({ percent: num }),
  v.strictObject({ fixed: num, digits: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6)) }),
  v.strictObject({ ms: num }),
  v.strictObject({ lang: v.pipe(str(16), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)) }),
  v.strictObject({ n: num, one: key, many: key }),
]);

/** A sentence nests at most four deep (known content → a match → who → the account), twelve figures each. */
const said = (inner: v.GenericSchema<unknown>): v.GenericSchema<unknown> => {
  const param = v.union([LeafSchema, inner, v.strictObject({ all: v.pipe(v.array(inner), v.maxLength(12)) })]);
  return v.strictObject({ key, params: v.pipe(v.array(param), v.maxLength(12)) });
};
const NEVER = v.never();

/** A signal's sentence as it crosses from the background to a page (core/i18n/said.ts `Said`). */
export const SaidSchema = said(said(said(said(NEVER)))) as v.GenericSchema<Said>;
