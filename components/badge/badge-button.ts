import { textDirection, uiLocale } from '../../core/i18n/translate';
import { badgeTexts } from './labels';
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

/** Each document's blank button (its fixed attributes and icon slot), cloned for every badge. */
const blanks = new WeakMap<Document, HTMLButtonElement>();

function blankButton(doc: Document): HTMLButtonElement {
  let blank = blanks.get(doc);
  if (!blank) {
    blank = doc.createElement('button');
    blank.type = 'button';
    blank.className = 'badge';
    blank.setAttribute('aria-haspopup', 'dialog');
    blank.setAttribute('aria-expanded', 'false');
    const icon = doc.createElement('span');
    icon.className = 'icon';
    icon.setAttribute('aria-hidden', 'true');
    blank.append(icon);
    blanks.set(doc, blank);
  }
  return blank;
}

/** A fresh badge button for `doc`, showing `face`. */
export function createBadgeButton(doc: Document, face: BadgeFace): BadgeButton {
  // One clone rather than a dozen element and attribute writes per badge.
  const button = blankButton(doc).cloneNode(true) as HTMLButtonElement;
  const icon = button.firstElementChild as HTMLElement;
  let word: HTMLElement | null = null;
  const shown = new Map<string, string | null>([
    ['aria-expanded', 'false'],
    ['data-theme', null],
  ]);
  // Written only when it differs from what the button shows: a verdict that leaves the face as it was
  // (the same band again, a settings change that moves nothing) touches nothing and styles nothing.
  const set = (name: string, value: string | null): void => {
    if (shown.get(name) === value) return;
    shown.set(name, value);
    if (value === null) button.removeAttribute(name);
    else button.setAttribute(name, value);
  };
  const paint = (face: BadgeFace): void => {
    const text = badgeTexts(face);
    // The UI language's direction, whatever the page's: "? med" in English, "؟ متوسط" in Arabic (the host's
    // margin still follows the page).
    set('dir', direction());
    set('data-state', face.state);
    set('data-theme', face.theme ?? null);
    set('aria-label', text.label);
    set('title', text.title);
    if (icon.textContent !== text.icon) icon.textContent = text.icon;
    if (!text.word) word?.remove();
    else {
      if (!word) {
        word = doc.createElement('span');
        word.setAttribute('aria-hidden', 'true');
      }
      if (word.textContent !== text.word) word.textContent = text.word;
      if (word.parentNode !== button) button.append(word);
    }
  };
  paint(face);
  return { button, paint, setExpanded: (open) => set('aria-expanded', String(open)) };
}

let directionOf: [string, 'ltr' | 'rtl'] = ['', 'ltr'];

/** The UI language's direction, worked out once per language rather than once per badge. */
function direction(): 'ltr' | 'rtl' {
  const locale = uiLocale();
  if (directionOf[0] !== locale) directionOf = [locale, textDirection(locale)];
  return directionOf[1];
}
