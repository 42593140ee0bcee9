/**
 * Every signal and every switch of the popup, in one table: a new signal is its file in signals/ plus one
 * entry here (and a switch, if it gets its own). The judge (core/judge.ts), the settings, the popup, the
 * reasons panel, the export's columns and README all read this table; nothing restates it.
 */

/** Independent kinds of evidence; 'profile' and 'link' are weak (common among real people). */
export type EvidenceFamily = 'image' | 'avatar' | 'text' | 'hashtags' | 'reposts' | 'list' | 'history' | 'known' | 'profile' | 'link';

/** Families that never count towards 'high' and, alone, stay under the weak-signal cap. */
export const WEAK_FAMILIES: ReadonlySet<EvidenceFamily> = new Set(['profile', 'link']);

/** The popup's signal switches, in the order it lists them. All are on by default. */
export const SWITCHES = [
  { key: 'eyeGeometry', label: 'Eye position', hint: 'Eyes exactly where StyleGAN puts them' },
  { key: 'ganClassifier', label: 'AI-face detector', hint: 'On-device model trained on GAN faces' },
  { key: 'reusedAvatar', label: 'Reused photo', hint: 'Same photo on other accounts' },
  { key: 'copiedText', label: 'Copied text', hint: 'Same post text from many accounts' },
  { key: 'hashtagBurst', label: 'Hashtag bursts', hint: 'Many accounts pushing one hashtag at once' },
  { key: 'handlePattern', label: 'Handle pattern', hint: 'Name followed by many digits' },
  { key: 'knownList', label: 'Known accounts list', hint: 'Accounts in lists you import' },
  { key: 'knownContent', label: 'Known network content', hint: 'Posts, hashtag sets or pictures of an imported takedown archive' },
  { key: 'repurposed', label: 'Repurposed account', hint: 'Renamed, dormant then busy, or a new language' },
  { key: 'crossPlatform', label: 'Cross-platform links', hint: 'Same picture on another site (a link, weak alone)' },
  { key: 'nonPhotoAvatar', label: 'Non-photo avatar', hint: 'Drawing, logo or default picture (weak: many real people)' },
  { key: 'coRepost', label: 'Reposting together', hint: 'The same accounts reposting the same posts within minutes, again and again' },
] as const;

export type SwitchKey = (typeof SWITCHES)[number]['key'];

/**
 * How the evidence of a signal is gathered: from the avatar's verdict, as a cluster of accounts sharing a
 * trait, from the profile as a page shows it, from an imported list, or from the account's own history.
 */
export type SignalKind = 'image' | 'cluster' | 'profile' | 'list' | 'account';

interface SignalSpec {
  kind: SignalKind;
  family: EvidenceFamily;
  /** Risk points at full strength (score 1); graded signals get points × score. The avatar's are the verdict policy's (models/…/config.json). */
  points: number | null;
  /** The switch that lets it count. */
  switch: SwitchKey;
  /** The export README's and the reasons panel's name for it. */
  title: string;
  /** What it looks for, in a journalist's words. */
  explain: string;
  /** Whether the reasons panel adds `explain` under the signal's own sentence (which alone doesn't say what it looks for). */
  explainInPanel: boolean;
}

/**
 * Every signal, in the order of the export's score columns (new signals go at the end: other tools read
 * the columns by position). Points are justified in docs/risk-defaults.md (risk defaults v2).
 */
export const SIGNALS = {
  'gan-face': {
    kind: 'image', family: 'image', points: null, switch: 'eyeGeometry', explainInPanel: false,
    title: 'AI-made face', explain: 'The profile photo has the fixed eye positions and pixel traces of a StyleGAN face.',
  },
  'reused-avatar': {
    kind: 'cluster', family: 'avatar', points: 30, switch: 'reusedAvatar', explainInPanel: false,
    title: 'Reused picture', explain: 'Another account on the same platform shows the same picture (same file, or a resized copy).',
  },
  'copied-text': {
    kind: 'cluster', family: 'text', points: 30, switch: 'copiedText', explainInPanel: false,
    title: 'Copied text', explain: 'Several accounts posted near-identical text on the same day.',
  },
  'hashtag-burst': {
    kind: 'cluster', family: 'hashtags', points: 15, switch: 'hashtagBurst', explainInPanel: false,
    title: 'Hashtag burst', explain: 'Several accounts used the same set of hashtags on the same day.',
  },
  'known-account': {
    kind: 'list', family: 'list', points: 80, switch: 'knownList', explainInPanel: false,
    title: 'Known account', explain: 'The handle is on a list you imported (e.g. a platform takedown archive).',
  },
  'auto-handle': {
    kind: 'profile', family: 'profile', points: 6, switch: 'handlePattern', explainInPanel: false,
    title: 'Auto-made handle', explain: 'The handle looks platform-assigned (a name and many digits). Very common among real people.',
  },
  'name-mismatch': {
    kind: 'profile', family: 'profile', points: 5, switch: 'handlePattern', explainInPanel: false,
    title: 'Name unlike handle', explain: 'The display name shares nothing with the handle. Common among real people.',
  },
  'default-avatar': {
    kind: 'profile', family: 'profile', points: 4, switch: 'handlePattern', explainInPanel: false,
    title: 'Default picture', explain: 'The account never set a profile picture (X).',
  },
  repurposed: {
    kind: 'account', family: 'history', points: 35, switch: 'repurposed', explainInPanel: true,
    title: 'Repurposed account',
    explain:
      'The account changed who it says it is or how it speaks: a new handle for the same platform id, a new name, months of silence then a burst, or a switch of language or topic between older and newer posts. Networks buy or revive old accounts this way; people also rename and go quiet, so it needs two of these together.',
  },
  'non-photo-avatar': {
    // Many real people use a drawing or a logo as their picture.
    kind: 'account', family: 'profile', points: 5, switch: 'nonPhotoAvatar', explainInPanel: true,
    title: 'Non-photo picture',
    explain: 'The picture looks like a drawing (anime, cartoon), a logo or graphic, or a platform default. A weak signal: many real people use one. A few points only.',
  },
  'cross-platform': {
    // A person's own accounts on two platforms share a picture; the link is for the investigator.
    kind: 'cluster', family: 'link', points: 10, switch: 'crossPlatform', explainInPanel: true,
    title: 'Cross-platform link',
    explain:
      "The same picture (perceptual hash) is on an account of another platform. People's own accounts share pictures, so this is a link to follow, not a finding: it adds few points.",
  },
  'known-content': {
    kind: 'account', family: 'known', points: 40, switch: 'knownContent', explainInPanel: true,
    title: 'Known network content',
    explain:
      'Posts that are near-copies of tweets in an imported takedown archive, its hashtag sets, or its pictures: the account may continue a network a platform already removed. The matching archive row is cited.',
  },
  'co-repost': {
    // Its own family: reposting is an act of its own, not copied text (docs/signals.md, co-repost).
    kind: 'cluster', family: 'reposts', points: 30, switch: 'coRepost', explainInPanel: true,
    title: 'Reposting together',
    explain:
      'The account reposted the same posts as the same other accounts, within minutes of each other, again and again; each post weighs less the more accounts reposted it, so a viral post counts for nothing. Fan communities and activists do this too: read which posts, and who.',
  },
} as const satisfies Record<string, SignalSpec>;

/** Every signal Sockscope can raise about an account. */
export type SignalId = keyof typeof SIGNALS;

/**
 * Signals that can fire on one and the same fact: within a group, only the one with the most points counts
 * (docs/risk-defaults.md, "One fact, one count"). A fact stated twice would add up to evidence that isn't
 * there, and a reader sees the same thing said twice.
 */
export const ONE_FACT: readonly { fact: string; signals: readonly SignalId[] }[] = [
  // X's placeholder is recognised from its URL (default-avatar) and by the pixel model (non-photo-avatar, class 'default').
  { fact: 'the picture is a placeholder or not a photo', signals: ['non-photo-avatar', 'default-avatar'] },
  // One picture on other accounts: on the same platform (reused-avatar) or another one (cross-platform).
  { fact: 'the picture is on other accounts', signals: ['reused-avatar', 'cross-platform'] },
];

type OfKind<K extends SignalKind> = { [S in SignalId]: (typeof SIGNALS)[S]['kind'] extends K ? S : never }[SignalId];

/** Signals whose evidence is a set of linked accounts. */
export type ClusterSignal = OfKind<'cluster'>;

/** Signals with points of their own (all but the avatar's, which the verdict policy gives). */
export type WeightedSignal = Exclude<SignalId, 'gan-face'>;

/** Every signal id, in column order. */
export const SIGNAL_IDS = Object.keys(SIGNALS) as SignalId[];

/** The cluster signals, in column order. */
export const CLUSTER_SIGNALS = SIGNAL_IDS.filter((s): s is ClusterSignal => SIGNALS[s].kind === 'cluster') as [ClusterSignal, ...ClusterSignal[]];

/** Points at score 1 of a weighted signal. */
export function pointsAtOne(signal: WeightedSignal): number {
  return SIGNALS[signal].points;
}
