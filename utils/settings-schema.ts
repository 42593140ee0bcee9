import * as v from 'valibot';

// Defaults and the valibot schema for Settings live here so settings.ts stays about storage.
// Every field has its own fallback: one corrupt field resets that field, not the user's whole setup.

/** Lowest and highest allowed 'high' threshold; outside this the badge would be useless or silent. */
export const SENSITIVITY_MIN = 0.5;
export const SENSITIVITY_MAX = 0.99;

/**
 * Default 'high' threshold on the calibrated 0..1 GAN score.
 * 0.9 because GAN avatars are rare (≈0.02–0.05% of accounts: Yang, Singh & Menczer 2024;
 * Ricker et al. 2024, arXiv:2404.14244; docs/sources.md, "Base rates"):
 * at a loose threshold most 'high' badges would land on real people.
 */
export const DEFAULT_SENSITIVITY = 0.9;

/** 'medium' starts this far below the 'high' threshold (0.9 → 0.6 by default). */
export const MEDIUM_GAP = 0.3;

const bool = (fallback: boolean) => v.fallback(v.boolean(), fallback);

const SitesSchema = v.object({ x: bool(true), facebook: bool(true), youtube: bool(true) });

const SignalsSchema = v.object({
  eyeGeometry: bool(true),
  ganClassifier: bool(true),
  // Coordination signals (signals): on by default; fusion caps weak ones (utils/risk/fuse.ts).
  reusedAvatar: bool(true),
  copiedText: bool(true),
  hashtagBurst: bool(true),
  handlePattern: bool(true),
  knownList: bool(true),
  // Added with signals v2; a stored v1 value without them gets these fallbacks, so no migration is needed.
  repurposed: bool(true),
  nonPhotoAvatar: bool(true),
  crossPlatform: bool(true),
  knownContent: bool(true),
});

const defaultSites = (): v.InferOutput<typeof SitesSchema> => v.getFallbacks(SitesSchema);
const defaultSignals = (): v.InferOutput<typeof SignalsSchema> => v.getFallbacks(SignalsSchema);

/** Settings as stored under `local:settings` (version 1). */
export const SettingsSchema = v.object({
  sites: v.fallback(SitesSchema, defaultSites),
  sensitivity: v.fallback(
    v.pipe(v.number(), v.finite(), v.minValue(SENSITIVITY_MIN), v.maxValue(SENSITIVITY_MAX)),
    DEFAULT_SENSITIVITY,
  ),
  signals: v.fallback(SignalsSchema, defaultSignals),
  debug: bool(false),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type SignalKey = keyof Settings['signals'];

/** A fresh copy of the default settings (callers may mutate it). */
export function defaultSettings(): Settings {
  return { sites: defaultSites(), sensitivity: DEFAULT_SENSITIVITY, signals: defaultSignals(), debug: false };
}
