import * as v from 'valibot';
import { str } from '../../core/fields';

const float32Array = v.custom<Float32Array>((x) => x instanceof Float32Array, 'not a Float32Array');

/** A float32 tensor between the offscreen document and its inference worker. */
const TensorSchema = v.object({
  data: float32Array,
  dims: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(8)),
});
const tensors = v.pipe(v.record(str(128), TensorSchema), v.check((r) => Object.keys(r).length <= 16, 'too many tensors'));
const requestId = v.pipe(v.number(), v.integer(), v.minValue(0));

/** offscreen document → its inference worker: run one model. */
export const InferenceRequestSchema = v.object({ type: v.literal('infer'), id: requestId, model: str(128), feeds: tensors });
export type InferenceRequest = v.InferOutput<typeof InferenceRequestSchema>;

/** inference worker → offscreen document: the outputs, or why there are none. */
export const InferenceReplySchema = v.variant('type', [
  v.object({
    type: v.literal('inferred'),
    id: requestId,
    outputs: tensors,
    /** The request's input buffers, handed back for reuse. */
    spent: v.pipe(v.array(float32Array), v.maxLength(16)),
  }),
  v.object({
    type: v.literal('infer-failed'),
    id: requestId,
    error: v.variant('kind', [
      v.object({ kind: v.literal('model-unavailable'), model: str(128), detail: str(1_000) }),
      v.object({ kind: v.literal('error'), message: str(1_000) }),
    ]),
  }),
]);
export type InferenceReply = v.InferOutput<typeof InferenceReplySchema>;

/** Parse a message posted to a worker, or by one; null when it does not match `schema`. */
export function parseWorkerMessage<T>(schema: v.GenericSchema<unknown, T>, raw: unknown): T | null {
  const r = v.safeParse(schema, raw);
  return r.success ? r.output : null;
}
