import type { SignalId } from './types';

/** What each signal looks for, in a journalist's words: the export's README and the reasons panel use it. */
export const SIGNAL_INFO: Record<SignalId, { title: string; explain: string }> = {
  'gan-face': { title: 'AI-made face', explain: 'The profile photo has the fixed eye positions and pixel traces of a StyleGAN face.' },
  'reused-avatar': { title: 'Reused picture', explain: 'Another account on the same platform shows the same picture (same file, or a resized copy).' },
  'copied-text': { title: 'Copied text', explain: 'Several accounts posted near-identical text on the same day.' },
  'hashtag-burst': { title: 'Hashtag burst', explain: 'Several accounts used the same set of hashtags on the same day.' },
  'known-account': { title: 'Known account', explain: 'The handle is on a list you imported (e.g. a platform takedown archive).' },
  'auto-handle': { title: 'Auto-made handle', explain: 'The handle looks platform-assigned (a name and many digits). Very common among real people.' },
  'name-mismatch': { title: 'Name unlike handle', explain: 'The display name shares nothing with the handle. Common among real people.' },
  'default-avatar': { title: 'Default picture', explain: 'The account never set a profile picture (X).' },
  repurposed: {
    title: 'Repurposed account',
    explain:
      'The account changed who it says it is or how it speaks: a new handle for the same platform id, a new name, months of silence then a burst, or a switch of language or topic between older and newer posts. Networks buy or revive old accounts this way; people also rename and go quiet, so it needs two of these together.',
  },
  'non-photo-avatar': {
    title: 'Non-photo picture',
    explain: 'The picture looks like a drawing (anime, cartoon), a logo or graphic, or a platform default. A weak signal: many real people use one. A few points only.',
  },
  'cross-platform': {
    title: 'Cross-platform link',
    explain:
      "The same picture (perceptual hash) is on an account of another platform. People's own accounts share pictures, so this is a link to follow, not a finding: it adds few points.",
  },
  'known-content': {
    title: 'Known network content',
    explain:
      'Posts that are near-copies of tweets in an imported takedown archive, its hashtag sets, or its pictures: the account may continue a network a platform already removed. The matching archive row is cited.',
  },
};
