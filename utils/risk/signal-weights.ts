import type { SignalId } from '../../signals/types';
import type { RiskDefaults } from './defaults';

/** Independent kinds of evidence; 'profile' and 'link' are weak (common among real people). */
export type EvidenceFamily = 'image' | 'avatar' | 'text' | 'hashtags' | 'list' | 'history' | 'known' | 'profile' | 'link';

/** Families that never count towards 'high' and, alone, stay under the weak-signal cap. */
export const WEAK_FAMILIES: ReadonlySet<EvidenceFamily> = new Set(['profile', 'link']);

/** Each signal's family: two signals of one family are not independent evidence. */
export const FAMILY: Record<SignalId, EvidenceFamily> = {
  'gan-face': 'image',
  'reused-avatar': 'avatar',
  'copied-text': 'text',
  'hashtag-burst': 'hashtags',
  'known-account': 'list',
  'auto-handle': 'profile',
  'name-mismatch': 'profile',
  'default-avatar': 'profile',
  // Many real people use a drawing or a logo as their picture.
  'non-photo-avatar': 'profile',
  // A person's own accounts on two platforms share a picture; the link is for the investigator.
  'cross-platform': 'link',
  repurposed: 'history',
  'known-content': 'known',
};

/** The RISK_DEFAULTS.points entry of each signal (points at score 1); the avatar's points are the verdict policy's. */
export const WEIGHT: Record<Exclude<SignalId, 'gan-face'>, keyof RiskDefaults['points']> = {
  'reused-avatar': 'reusedAvatar',
  'copied-text': 'copiedText',
  'hashtag-burst': 'hashtagBurst',
  'known-account': 'knownAccount',
  'auto-handle': 'autoHandle',
  'name-mismatch': 'nameMismatch',
  'default-avatar': 'defaultAvatar',
  repurposed: 'repurposed',
  'non-photo-avatar': 'nonPhotoAvatar',
  'cross-platform': 'crossPlatform',
  'known-content': 'knownContent',
};
