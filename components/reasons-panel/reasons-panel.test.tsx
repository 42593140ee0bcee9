// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { mountBadge, type BadgeHandle } from '../badge/mount-badge';
import { messagesLookup, useMessages } from '../../core/i18n/translate';
import { readLocales } from '../../scripts/dev/locales';
import { REPO_ROOT } from '../../utils/testing/source-files';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  'name\u202Egnp.exe', // RTL override
  'zero\u200B\u200Dwidth\uFEFF',
  '<script>alert(2)</script>',
];

let handle: BadgeHandle | null = null;
afterEach(() => {
  handle?.unmount();
  document.body.innerHTML = '';
  useMessages(messagesLookup({}), 'en');
});

async function openPanel(props: Partial<Parameters<typeof mountBadge>[1]> = {}) {
  const host = document.createElement('span');
  document.body.append(host);
  handle = mountBadge(host, {
    state: 'high',
    reasons: HOSTILE.map((text, i) => ({ text, points: i })),
    avatarUrl: null,
    eyes: null,
    ...props,
  });
  handle.shadowRoot.querySelector('button')!.click();
  await new Promise((r) => setTimeout(r, 0));
  return document.querySelector('sockscope-layer')!.shadowRoot!.querySelector<HTMLElement>('[role="dialog"]')!;
}

describe('reasons panel', () => {
  it('reads right to left in Arabic and left to right in Chinese, in the UI language whatever the page', async () => {
    const all = readLocales(REPO_ROOT);
    useMessages(messagesLookup(all.ar!), 'ar');
    const ar = await openPanel({ reasons: [{ text: 'x', points: 40 }] });
    expect([ar.getAttribute('dir'), ar.getAttribute('lang')]).toEqual(['rtl', 'ar']);
    expect(ar.querySelector('.title')!.textContent).toContain('خطورة مرتفعة');
    expect(ar.querySelector('.disclaimer')!.textContent).toBe('أدلة لا براهين. قد يطابق أشخاص حقيقيون ذلك.');
    expect(ar.querySelector('.close')!.getAttribute('aria-label')).toBe('إغلاق');
    expect(handle!.shadowRoot.querySelector('button')!.getAttribute('dir')).toBe('rtl');
    handle!.unmount();
    document.body.innerHTML = '';
    useMessages(messagesLookup(all.zh_CN!), 'zh-CN');
    const zh = await openPanel({ reasons: [{ text: 'x', points: 40 }] });
    expect([zh.getAttribute('dir'), zh.getAttribute('lang')]).toEqual(['ltr', 'zh-CN']);
    expect(zh.querySelector('.title')!.textContent).toContain('高风险');
  });

  it('renders hostile reason text as text, isolated for bidi, without bidi overrides', async () => {
    const dialog = await openPanel();
    const items = [...dialog.querySelectorAll('.reasons li bdi')];
    expect(items.map((b) => b.textContent)).toEqual(HOSTILE.map((t) => t.replace('\u202E', '')));
    expect(items[0]!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(items[2]!.textContent).toBe('zero\u200B\u200Dwidth\uFEFF');
    expect(dialog.querySelector('img')).toBeNull();
    expect(dialog.querySelector('script')).toBeNull();
    // Only our own elements: one bdi and one points span per reason, nothing parsed from the text.
    expect(dialog.querySelectorAll('.reasons li *').length).toBe(items.length * 2);
  });

  it('shows only platform-hosted avatars, with the eye overlay and legend', async () => {
    const dialog = await openPanel({
      avatarUrl: 'https://pbs.twimg.com/profile_images/1/a_400x400.jpg',
      eyes: { left: { x: 0.375, y: 0.474 }, right: { x: 0.625, y: 0.474 } },
    });
    const img = dialog.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('https://pbs.twimg.com/profile_images/1/a_400x400.jpg');
    expect(dialog.querySelectorAll('[data-role="detected-eye"]').length).toBe(2);
    expect(dialog.textContent).toContain('where StyleGAN faces have their eyes');
    handle?.unmount();
    const other = await openPanel({ avatarUrl: 'javascript:alert(1)' });
    expect(other.querySelector('img')).toBeNull();
    expect(other.textContent).toContain('No photo to show');
  });

  it('is a labelled dialog with a disclaimer and a close button', async () => {
    const dialog = await openPanel({ state: 'no-face', reasons: [] });
    const title = dialog.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(title?.textContent).toContain('No face found');
    expect(dialog.textContent).toContain('Evidence, not proof.');
    expect(dialog.textContent).toContain('No face was found');
    dialog.querySelector<HTMLButtonElement>('button[aria-label="Close"]')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(document.querySelector('sockscope-layer')!.shadowRoot!.querySelector('[role="dialog"]')).toBeNull();
  });

  it("titles an error panel with the error's own words, not \"unknown error\"", async () => {
    const dialog = await openPanel({ state: 'error', error: 'no avatar image found', reasons: [] });
    const title = dialog.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(title?.textContent?.replace('×', '')).toBe("Couldn't check: no avatar image found");
    expect(dialog.textContent).not.toContain('unknown error');
    // Said once, in the title.
    expect(dialog.textContent!.split('no avatar image found').length - 1).toBe(1);
  });

  it('draws the StyleGAN eye spots only over a photo on which a face was measured', async () => {
    const eyes = { left: { x: 0.375, y: 0.474 }, right: { x: 0.625, y: 0.474 } };
    const photo = 'https://pbs.twimg.com/profile_images/1/a_400x400.jpg';
    const cases = [
      { state: 'error' as const, error: 'image too large', avatarUrl: photo, eyes: null },
      { state: 'low' as const, avatarUrl: photo, eyes: null }, // a default or non-photo picture: no face
      { state: 'high' as const, avatarUrl: null, eyes }, // "No photo to show"
      { state: 'no-face' as const, avatarUrl: photo, eyes: null },
    ];
    for (const c of cases) {
      const dialog = await openPanel({ ...c, reasons: [] });
      expect(dialog.querySelector('.eye-overlay, [data-role="ffhq-target"]'), JSON.stringify(c)).toBeNull();
      expect(dialog.textContent).not.toContain('where StyleGAN faces have their eyes');
      handle?.unmount();
      document.body.innerHTML = '';
    }
    const measured = await openPanel({ state: 'low', avatarUrl: photo, eyes, reasons: [] });
    expect(measured.querySelectorAll('[data-role="ffhq-target"]').length).toBe(2);
  });
});
