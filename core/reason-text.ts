/**
 * Every reason in words, in one place (the later translations replace this file's sentences, not the
 * judge's data). The sentences quote the figures the reason carries.
 */
import type { Cap, Contribution, Reason, Said } from './reasons';
import type { SignalId } from './evidence';
import type { EvidenceFamily } from './signal-registry';

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const fixed = (x: number): string => x.toFixed(3);

/** One reason as a sentence. */
export function reasonText(r: Reason): string {
  switch (r.id) {
    case 'account-risk':
      return `Account risk ${r.risk}/100 from all evidence${r.cap ? ` (${capText(r.cap)})` : ''}`;
    case 'contribution':
      return saidText(r.said);
    case 'eyes-differ':
      return `Eyes are not where StyleGAN puts them (distance ${fixed(r.eyeDistance)} of the width; ${pct(r.ganEyeMatch)} of GAN faces in our tests are within ${fixed(r.limit)}), so the texture check did not run.`;
    case 'eyes-only':
      return `Eyes sit where StyleGAN puts them (distance ${fixed(r.eyeDistance)}, within ${fixed(r.limit)}). That is common in aligned stock, passport and dataset photos too (${pct(r.alignedRealEyeMatch)} of those in our tests), and the texture check did not run, so this is a hint, not a finding.`;
    case 'eyes-match-common':
      return `Eyes sit where StyleGAN puts them (distance ${fixed(r.eyeDistance)}, within ${fixed(r.limit)}). That is common in aligned stock, passport and dataset photos too (${pct(r.alignedRealEyeMatch)} of those in our tests).`;
    case 'eyes-match':
      return `Eyes sit where StyleGAN puts them (distance ${fixed(r.eyeDistance)}, within ${fixed(r.limit)}).`;
    case 'too-small':
      return `The picture is too small to check the texture (${Math.round(r.eyePixels)} px between the eyes; the check needs ${r.minEyePixels}), so this is a hint, not a finding. A larger copy of the same avatar can be checked.`;
    case 'texture-real':
      return `The texture check found no GAN traces (${pct(r.probability)} on its scale; it flags from ${pct(r.threshold)}).`;
    case 'texture-flagged':
      return `The texture check finds traces of a GAN-made face (${pct(r.probability)} on its scale; it flags from ${pct(r.threshold)}). At the default cut-off (${pct(r.defaultThreshold)}) our tests on sources it never saw flagged ${pct(r.ganRecall)} of GAN faces and ${pct(r.alignedRealFlagged)} of aligned real photos.`;
    case 'not-square':
      return `The image is not square (${r.width}×${r.height} px), so it is not an untouched StyleGAN output.`;
    case 'no-face':
      return 'No face found, so the GAN-face checks do not apply.';
  }
}

/** What a contribution says, as the export's `reasons` column and the panel show it. */
export function saidText(s: Said): string {
  if (s.id === 'signal') return s.text;
  // One line per piece of evidence: the stages' own sentences, with their figures, under the avatar's points.
  if (s.stages.length > 0) return `Profile photo: ${s.stages.map(reasonText).join(' ')}`;
  if (s.decision === 'flagged') return `Profile photo: the eyes sit where StyleGAN puts them and the texture check finds GAN traces (${pct(s.probability)} on its scale)`;
  if (s.decision === 'texture-real') return 'Profile photo: the eyes sit where StyleGAN puts them, common in aligned stock and dataset photos; the texture check found no GAN traces';
  if (s.decision === 'too-small') return 'Profile photo: the eyes sit where StyleGAN puts them; the picture is too small to check the texture';
  return 'Profile photo: the eyes sit where StyleGAN puts them (the texture check did not run)';
}

/** Why the risk was capped, in words. */
export function capText(c: Cap): string {
  return c.id === 'weak-only'
    ? `Capped at ${c.at}: profile patterns and links alone are common among real people`
    : `Capped at ${c.at}: 'high' needs ${c.families} independent kinds of evidence`;
}

/** A contribution in words, as the export and the CLI list it: a signal, its family, its points and its sentence. */
export interface RiskReason {
  signal: SignalId;
  family: EvidenceFamily;
  points: number;
  reason: string;
}

/** The contributions in words, in the judgement's order. */
export function riskReasons(contributions: readonly Contribution[]): RiskReason[] {
  return contributions.map((c) => ({ signal: c.signal, family: c.family, points: c.points, reason: saidText(c.said) }));
}
