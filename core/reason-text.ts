/**
 * Every reason in words, in one place: each sentence is a message of public/_locales (the figures its
 * placeholders), said in a voice — the UI locale's for the panel and the dashboard, English for the
 * export's columns. The sentences quote the figures the reason carries.
 */
import type { Cap, Contribution, Reason, Said } from './reasons';
import type { SignalId } from './evidence';
import type { EvidenceFamily } from './signal-registry';
import { currentVoice, formatNumber, formatPercent, say, type Voice } from './i18n/translate';
import { sayIn } from './i18n/said';

/** One reason as a sentence, in the UI locale unless a voice is given. */
export function reasonText(r: Reason, voice: Voice = currentVoice()): string {
  const pct = (x: number): string => formatPercent(x, voice.locale);
  const fixed = (x: number): string => formatNumber(x, { minimumFractionDigits: 3, maximumFractionDigits: 3 }, voice.locale);
  const s = (key: Parameters<typeof say>[1], ...subs: (string | number)[]): string => say(voice, key, subs);
  switch (r.id) {
    case 'account-risk':
      return r.cap ? s('reasonAccountRiskCapped', r.risk, capText(r.cap, voice)) : s('reasonAccountRisk', r.risk);
    case 'contribution':
      return saidText(r.said, voice);
    case 'eyes-differ':
      return s('reasonEyesDiffer', fixed(r.eyeDistance), pct(r.ganEyeMatch), fixed(r.limit));
    case 'eyes-only':
      return s('reasonEyesOnly', fixed(r.eyeDistance), fixed(r.limit), pct(r.alignedRealEyeMatch));
    case 'eyes-match-common':
      return s('reasonEyesMatchCommon', fixed(r.eyeDistance), fixed(r.limit), pct(r.alignedRealEyeMatch));
    case 'eyes-match':
      return s('reasonEyesMatch', fixed(r.eyeDistance), fixed(r.limit));
    case 'too-small':
      return s('reasonTooSmall', Math.round(r.eyePixels), r.minEyePixels);
    case 'texture-real':
      return s('reasonTextureReal', pct(r.probability), pct(r.threshold));
    case 'texture-flagged':
      return s('reasonTextureFlagged', pct(r.probability), pct(r.threshold), pct(r.defaultThreshold), pct(r.ganRecall), pct(r.alignedRealFlagged));
    case 'not-square':
      return s('reasonNotSquare', r.width, r.height);
    case 'no-face':
      return s('reasonNoFace');
  }
}

/** What a contribution says, as the export's `reasons` column and the panel show it. */
export function saidText(x: Said, voice: Voice = currentVoice()): string {
  // A signal's sentence as data when it has one; verdicts stored before that carry the English text only.
  if (x.id === 'signal') return x.msg ? sayIn(voice, x.msg) : x.text;
  // One line per piece of evidence: the stages' own sentences, with their figures, under the avatar's points.
  if (x.stages.length > 0) return say(voice, 'reasonProfilePhoto', [x.stages.map((r) => reasonText(r, voice)).join(' ')]);
  if (x.decision === 'flagged') return say(voice, 'reasonPhotoFlagged', [formatPercent(x.probability, voice.locale)]);
  if (x.decision === 'texture-real') return say(voice, 'reasonPhotoTextureReal', []);
  if (x.decision === 'too-small') return say(voice, 'reasonPhotoTooSmall', []);
  return say(voice, 'reasonPhotoEyesOnly', []);
}

/** Why the risk was capped, in words. */
export function capText(c: Cap, voice: Voice = currentVoice()): string {
  return c.id === 'weak-only' ? say(voice, 'reasonCapWeakOnly', [c.at]) : say(voice, 'reasonCapNeedsFamilies', [c.at, c.families]);
}

/** A contribution in words, as the export and the CLI list it: a signal, its family, its points and its sentence. */
export interface RiskReason {
  signal: SignalId;
  family: EvidenceFamily;
  points: number;
  reason: string;
}

/** The contributions in words, in the judgement's order. */
export function riskReasons(contributions: readonly Contribution[], voice: Voice = currentVoice()): RiskReason[] {
  return contributions.map((c) => ({ signal: c.signal, family: c.family, points: c.points, reason: saidText(c.said, voice) }));
}
