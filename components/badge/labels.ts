import { displayText } from '../display-text';
import { currentVoice, t, type Lookup, type MessageKey } from '../../core/i18n/translate';
import type { BadgeFace, BadgeProps, BadgeState } from './types';

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

/** Each state's texts in the messages in force: the same six for every badge of a page. */
const stateTexts = new WeakMap<Lookup, Map<BadgeState, StateText>>();

/** Icon, word and phrase for a state (looked up once per state and language). */
export function stateText(state: BadgeState): StateText {
  const { lookup } = currentVoice();
  let known = stateTexts.get(lookup);
  if (!known) stateTexts.set(lookup, (known = new Map()));
  let text = known.get(state);
  if (!text) {
    const { icon, word, phrase } = TEXT[state];
    text = { icon, word: word ? t(word) : '', phrase: t(phrase) };
    known.set(state, text);
  }
  return text;
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

/** Stands for the author in a state's cached title and name (a private-use character no message contains). */
const WHO = '\uE000';

/** Each state's title and name with WHO for the author, in the messages in force. */
const faceTemplates = new WeakMap<Lookup, Map<string, { title: string; label: string }>>();

/** What the badge's button says: its icon and word, its title, and its accessible name. */
export function badgeTexts(face: BadgeFace): { icon: string; word: string; title: string; label: string } {
  const { icon, word } = stateText(face.state);
  // An error's reason differs from badge to badge: its texts are said afresh.
  if (face.state === 'error') return { icon, word, ...sayFace(face, word) };
  const { lookup } = currentVoice();
  let known = faceTemplates.get(lookup);
  if (!known) faceTemplates.set(lookup, (known = new Map()));
  const key = `${face.state}:${face.author === undefined ? 0 : 1}`;
  let template = known.get(key);
  if (!template) known.set(key, (template = sayFace({ state: face.state, ...(face.author === undefined ? {} : { author: WHO }) }, word)));
  // Three messages looked up per state and language rather than per badge; the author goes in as plain text.
  const who = face.author === undefined ? '' : displayText(face.author);
  return { icon, word, title: template.title.split(WHO).join(who), label: template.label.split(WHO).join(who) };
}

function sayFace(face: BadgeFace, word: string): { title: string; label: string } {
  const title = badgeTitle(face);
  const aria = t('badgeAria', title);
  // The visible word comes first in the name ("med, Sockscope: medium risk …"): what a sighted
  // speech-input user reads on the badge is what they say to press it (WCAG 2.5.3).
  return { title, label: word ? t('badgeNameWithWord', word, aria) : aria };
}
