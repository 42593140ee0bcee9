// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { CheckImageView } from './check-image-view';
import { FLAGGED_P, okVerdict } from '../../utils/testing/verdict';

const show = (node: preact.ComponentChild): HTMLElement => {
  const root = document.createElement('div');
  render(node, root);
  return root;
};

describe('CheckImageView', () => {
  it('shows the verdict with the eye overlay and the judged reasons as text, never the stored ones as markup', () => {
    const root = show(
      <CheckImageView result={{ state: 'done', url: 'https://img.example/a.jpg', verdict: okVerdict(FLAGGED_P, { reasons: ['<b>eyes</b> at FFHQ positions'] }) }} />,
    );
    expect(root.textContent).toContain('flagged');
    expect(root.textContent).toMatch(/Stage 1, eye position: distance 0\.010 .*matches/);
    expect(root.textContent).toMatch(/Stage 2, texture check: \d+% \(flags from \d+%\)/);
    expect(root.querySelectorAll('[data-role="detected-eye"]')).toHaveLength(2);
    expect(root.querySelector('b')).toBeNull();
    // The reasons are judged again from the figures (core/judge.ts); notes stored with the verdict are not re-read.
    expect(root.textContent).toMatch(/The texture check finds traces of a GAN-made face \(\d+% on its scale; it flags from \d+%\)/);
    expect(root.textContent).not.toContain('<b>eyes</b>');
  });

  it('bands at the user\'s threshold, as the badges do', () => {
    const verdict = okVerdict(FLAGGED_P);
    const root = show(<CheckImageView result={{ state: 'done', url: 'https://img.example/a.jpg', verdict }} threshold={0.999} />);
    expect(root.querySelector('.risk')?.textContent).toBe('not flagged');
    expect(root.textContent).toContain('flags from 100%');
  });

  it('explains a refused permission, an expired check and a non-web image', () => {
    expect(show(<CheckImageView result={{ state: 'denied', url: 'https://a/b.jpg' }} />).textContent).toContain('permission');
    expect(show(<CheckImageView result={null} />).textContent).toContain('expired');
    expect(show(<CheckImageView result={{ state: 'checking', url: 'javascript:alert(1)' }} />).querySelector('img')).toBeNull();
  });
});
