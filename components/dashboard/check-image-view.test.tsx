// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { CheckImageView } from './check-image-view';

const show = (node: preact.ComponentChild): HTMLElement => {
  const root = document.createElement('div');
  render(node, root);
  return root;
};

describe('CheckImageView', () => {
  it('shows the verdict with the eye overlay and reasons as text', () => {
    const root = show(
      <CheckImageView result={{ state: 'done', url: 'https://img.example/a.jpg', verdict: { status: 'ok', sha256: 'a', width: 1, height: 1, eyes: { left: { x: 0.37, y: 0.47 }, right: { x: 0.62, y: 0.47 } }, eyeDistance: 0.01, score: 0.93, band: 'high', reasons: ['<b>eyes</b> at FFHQ positions'], modelVersion: 'm1' , phash: null } }} />,
    );
    expect(root.textContent).toContain('GAN-face score 0.93');
    expect(root.querySelectorAll('[data-role="detected-eye"]')).toHaveLength(2);
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain('<b>eyes</b>');
  });

  it('explains a refused permission, an expired check and a non-web image', () => {
    expect(show(<CheckImageView result={{ state: 'denied', url: 'https://a/b.jpg' }} />).textContent).toContain('permission');
    expect(show(<CheckImageView result={null} />).textContent).toContain('expired');
    expect(show(<CheckImageView result={{ state: 'checking', url: 'javascript:alert(1)' }} />).querySelector('img')).toBeNull();
  });
});
