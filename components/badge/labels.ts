import { displayText } from '../display-text';
import type { BadgeProps, BadgeState } from './types';

interface StateText {
  /** Symbol shown in the badge (shape carries meaning, not just colour). */
  icon: string;
  /** Short word next to the icon; empty where the icon says enough and space on X is tight. */
  word: string;
  /** Phrase for the aria-label and the panel title. */
  phrase: string;
}

const TEXT: Record<BadgeState, StateText> = {
  checking: { icon: '…', word: '', phrase: 'checking' },
  // A tick or a green colour reads as "verified": low only means Sockscope found little of what it looks for.
  low: { icon: '○', word: '', phrase: 'little evidence found (not a verification)' },
  medium: { icon: '?', word: 'med', phrase: 'medium risk' },
  high: { icon: '!', word: 'high', phrase: 'high risk' },
  error: { icon: '×', word: '', phrase: "couldn't check" },
  'no-face': { icon: '–', word: '', phrase: 'no face found' },
};

const MAX_ERROR = 80;

/** Icon, word and phrase for a state. */
export function stateText(state: BadgeState): StateText {
  return TEXT[state];
}

/** The error reason, trimmed to one short line. */
export function shortError(error: string | undefined): string {
  const e = displayText(error ?? '').replace(/\s+/g, ' ').trim() || 'unknown error';
  return e.length > MAX_ERROR ? `${e.slice(0, MAX_ERROR - 1)}…` : e;
}

/** Plain phrase for a state, with the error reason where there is one ("couldn't check: image too large"). */
export function statePhrase(props: Pick<BadgeProps, 'state' | 'error'>): string {
  const { phrase } = TEXT[props.state];
  return props.state === 'error' ? `${phrase}: ${shortError(props.error)}` : phrase;
}

/** aria-label of the badge button, e.g. "Sockscope: high risk — click for reasons". */
export function badgeAriaLabel(props: Pick<BadgeProps, 'state' | 'error' | 'author'>): string {
  const who = props.author ? ` (${displayText(props.author)})` : '';
  return `Sockscope: ${statePhrase(props)}${who} — click for reasons`;
}
