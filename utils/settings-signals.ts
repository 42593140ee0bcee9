import type { SignalKey } from './settings-schema';

/** How the popup describes each signal; `available: false` marks placeholders not built yet. */
export interface SignalInfo {
  key: SignalKey;
  label: string;
  hint: string;
  available: boolean;
}

/** Signals in the order the popup lists them. */
export const SIGNALS: readonly SignalInfo[] = [
  { key: 'eyeGeometry', label: 'Eye position', hint: 'Eyes exactly where StyleGAN puts them', available: true },
  { key: 'ganClassifier', label: 'AI-face detector', hint: 'On-device model trained on GAN faces', available: true },
  { key: 'reusedAvatar', label: 'Reused photo', hint: 'Same photo on other accounts', available: true },
  { key: 'copiedText', label: 'Copied text', hint: 'Same post text from many accounts', available: true },
  { key: 'hashtagBurst', label: 'Hashtag bursts', hint: 'Many accounts pushing one hashtag at once', available: true },
  { key: 'handlePattern', label: 'Handle pattern', hint: 'Name followed by many digits', available: true },
  { key: 'knownList', label: 'Known accounts list', hint: 'Accounts in lists you import', available: true },
  { key: 'knownContent', label: 'Known network content', hint: "Posts, hashtag sets or pictures of an imported takedown archive", available: true },
  { key: 'repurposed', label: 'Repurposed account', hint: 'Renamed, dormant then busy, or a new language', available: true },
  { key: 'crossPlatform', label: 'Cross-platform links', hint: 'Same picture on another site (a link, weak alone)', available: true },
  { key: 'nonPhotoAvatar', label: 'Non-photo avatar', hint: 'Drawing, logo or default picture (weak: many real people)', available: true },
];
