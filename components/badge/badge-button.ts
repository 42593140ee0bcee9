import { t, textDirection } from '../../core/i18n/translate';
import { badgeAriaLabel, badgeTitle, stateText } from './labels';
import type { BadgeFace } from './types';

/**
 * The badge's button, written with plain DOM: no component tree for the hundreds of badges of a timeline,
 * most of which nobody opens. Every text goes in as text or an attribute value, never as HTML.
 */
export interface BadgeButton {
  readonly button: HTMLButtonElement;
  /** Show `face`: only the attributes and texts that differ from what the button shows are written. */
  paint(face: BadgeFace): void;
  /** Says whether the panel is open (aria-expanded). */
  setExpanded(open: boolean): void;
}

/** A fresh badge button for `doc`, showing `face`. */
export function createBadgeButton(doc: Document, face: BadgeFace): BadgeButton {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'badge';
  button.setAttribute('aria-haspopup', 'dialog');
  const icon = doc.createElement('span');
  icon.className = 'icon';
  icon.setAttribute('aria-hidden', 'true');
  const word = doc.createElement('span');
  word.setAttribute('aria-hidden', 'true');
  button.append(icon);
  const shown = new Map<string, string | null>();
  // Written only when it differs from what the button shows: a verdict that leaves the face as it was
  // (the same band again, a settings change that moves nothing) touches nothing and styles nothing.
  const set = (name: string, value: string | null): void => {
    if (shown.get(name) === value) return;
    shown.set(name, value);
    if (value === null) button.removeAttribute(name);
    else button.setAttribute(name, value);
  };
  const paint = (face: BadgeFace): void => {
    const text = stateText(face.state);
    const label = badgeAriaLabel(face);
    // The UI language's direction, whatever the page's: "? med" in English, "؟ متوسط" in Arabic (the host's
    // margin still follows the page).
    set('dir', textDirection());
    set('data-state', face.state);
    set('data-theme', face.theme ?? null);
    // The visible word comes first in the name ("med, Sockscope: medium risk …"): what a sighted
    // speech-input user reads on the badge is what they say to press it (WCAG 2.5.3).
    set('aria-label', text.word ? t('badgeNameWithWord', text.word, label) : label);
    set('title', badgeTitle(face));
    if (icon.textContent !== text.icon) icon.textContent = text.icon;
    if (!text.word) word.remove();
    else {
      if (word.textContent !== text.word) word.textContent = text.word;
      if (word.parentNode !== button) button.append(word);
    }
  };
  set('aria-expanded', 'false');
  paint(face);
  return { button, paint, setExpanded: (open) => set('aria-expanded', String(open)) };
}
