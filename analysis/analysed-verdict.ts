import type { ImageVerdict } from '../core/verdict';

/**
 * Figures the pipeline reports beside an 'ok' verdict, for the CLI, the scripts and the bench. VerdictSchema
 * has no place for them, so they are dropped when a verdict crosses to another context: no badge or stored
 * record carries them.
 */
export interface VerdictDiagnostics {
  /** Face detector confidence 0..1. */
  faceScore?: number;
}

/** What analyzeImage and analyzeBytes return: an ImageVerdict, its 'ok' form with the diagnostics. */
export type AnalysedVerdict = Exclude<ImageVerdict, { status: 'ok' }> | (Extract<ImageVerdict, { status: 'ok' }> & VerdictDiagnostics);
