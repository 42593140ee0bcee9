import * as v from 'valibot';
import { POLICY } from '../core/release-policy';
import { SWITCHES, type SwitchKey } from '../core/signal-registry';
import { SITES, type Site } from '../sites/registry';

// Defaults and the valibot schema for Settings live here so settings.ts stays about storage.
// Every field has its own fallback: one corrupt field resets that field, not the user's whole setup.

/**
 * `sensitivity` is the texture check's (stage 2's) calibrated probability from which an avatar whose eyes
 * already match is flagged: the one knob of the verdict policy (core/image-policy.ts). Outside these
 * bounds it would flag nearly every aligned photo, or nothing.
 */
export const SENSITIVITY_MIN = 0.05;
export const SENSITIVITY_MAX = 0.99;

/**
 * The release's own operating point (models/gan-forensic/config.json, chosen on training sources for the population
 * users meet, where GAN avatars are ≈0.02–0.05% of accounts: docs/sources.md, "Base rates").
 */
export const DEFAULT_SENSITIVITY = Math.round(POLICY.flagProbability * 100) / 100;

const bool = (fallback: boolean) => v.fallback(v.boolean(), fallback);

// One switch per site of the registry, each on by default.
const SitesSchema = v.object(Object.fromEntries(SITES.map((s) => [s, bool(true)])) as Record<Site, ReturnType<typeof bool>>);

// One switch per entry of the signal registry (core/signal-registry.ts), each on by default; fusion caps weak
// ones (core/fuse.ts). A stored value without a newer switch gets its fallback, so no migration is needed.
const SignalsSchema = v.object(Object.fromEntries(SWITCHES.map((s) => [s.key, bool(true)])) as Record<SwitchKey, ReturnType<typeof bool>>);

const defaultSites = (): v.InferOutput<typeof SitesSchema> => v.getFallbacks(SitesSchema);
const defaultSignals = (): v.InferOutput<typeof SignalsSchema> => v.getFallbacks(SignalsSchema);

/** How long evidence is kept, in days (docs/threat-model.md): the popup's choices; the default is 90. */
export const RETENTION_CHOICES = [30, 90, 180, 365] as const;
export const DEFAULT_RETENTION_DAYS = 90;

/** Settings as stored under `local:settings` (version 2). */
export const SettingsSchema = v.object({
  sites: v.fallback(SitesSchema, defaultSites),
  sensitivity: v.fallback(
    v.pipe(v.number(), v.finite(), v.minValue(SENSITIVITY_MIN), v.maxValue(SENSITIVITY_MAX)),
    DEFAULT_SENSITIVITY,
  ),
  signals: v.fallback(SignalsSchema, defaultSignals),
  debug: bool(false),
  // A stored value without this field (settings from before it existed) gets the default: no migration.
  retentionDays: v.fallback(v.picklist(RETENTION_CHOICES), DEFAULT_RETENTION_DAYS),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type SignalKey = keyof Settings['signals'];

/** A fresh copy of the default settings (callers may mutate it). */
export function defaultSettings(): Settings {
  return { sites: defaultSites(), sensitivity: DEFAULT_SENSITIVITY, signals: defaultSignals(), debug: false, retentionDays: DEFAULT_RETENTION_DAYS };
}
