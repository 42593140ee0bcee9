import { displayText } from '../display-text';
import { t, type MessageKey } from '../../core/i18n/translate';
import type { BadgeProps, BadgeState } from './types';

interface StateText {
  /** Symbol shown in the badge (shape carries meaning, not just colour). */
  icon: string;
  /** Short word next to the icon; empty where the icon says enough and space on X is tight. */
  word: string;
  /** Phrase for the aria-label and the panel title. */
  phrase: string;
}

/** Each state's symbol, and the messages of its word (none where the icon says enough) and phrase. */
const TEXT: Record<BadgeState, { icon: string; word: MessageKey | null; phrase: MessageKey }> = {
  checking: { icon: '…', word: null, phrase: 'badgePhraseChecking' },
  // A tick or a green colour reads as "verified": low only means Sockscope found little of what it looks for.
  low: { icon: '○', word: null, phrase: 'badgePhraseLow' },
  medium: { icon: '?', word: 'badgeWordMedium', phrase: 'badgePhraseMedium' },
  high: { icon: '!', word: 'badgeWordHigh', phrase: 'badgePhraseHigh' },
  error: { icon: '×', word: null, phrase: 'badgePhraseError' },
  'no-face': { icon: '–', word: null, phrase: 'badgePhraseNoFace' },
};

const MAX_ERROR = 80;

/** Icon, word and phrase for a state. */
export function stateText(state: BadgeState): StateText {
  const { icon, word, phrase } = TEXT[state];
  return { icon, word: word ? t(word) : '', phrase: t(phrase) };
}

/** The error reason, trimmed to one short line. */
export function shortError(error: string | undefined): string {
  const e = displayText(error ?? '').replace(/\s+/g, ' ').trim() || t('badgeUnknownError');
  return e.length > MAX_ERROR ? `${e.slice(0, MAX_ERROR - 1)}…` : e;
}

/** Plain phrase for a state, with the error reason where there is one ("couldn't check: image too large"). */
export function statePhrase(props: Pick<BadgeProps, 'state' | 'error'>): string {
  const { phrase } = stateText(props.state);
  return props.state === 'error' ? t('badgePhraseErrorWhy', phrase, shortError(props.error)) : phrase;
}

/** The badge's title: "Sockscope: high risk (@handle)". */
export function badgeTitle(props: Pick<BadgeProps, 'state' | 'error' | 'author'>): string {
  return props.author ? t('badgeTitleWho', statePhrase(props), displayText(props.author)) : t('badgeTitle', statePhrase(props));
}

/** aria-label of the badge button, e.g. "Sockscope: high risk — click for reasons". */
export function badgeAriaLabel(props: Pick<BadgeProps, 'state' | 'error' | 'author'>): string {
  return t('badgeAria', badgeTitle(props));
}
