/** The error every caller sees when a model cannot be loaded (missing file, corrupt bytes, failed fetch). */

/** A model could not be loaded; `message` is the short user-facing reason, `detail` says why. */
export class ModelUnavailableError extends Error {
  override readonly name = 'ModelUnavailableError';
  constructor(
    readonly model: string,
    readonly detail: string,
  ) {
    super('model unavailable');
  }
}
