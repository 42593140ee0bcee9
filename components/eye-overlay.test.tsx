// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { EyeOverlay, FFHQ_EYES } from './eye-overlay';
import { FFHQ_EYES as GEOMETRY_EYES } from '../analysis/eyes/eye-geometry';

function draw(eyes: Parameters<typeof EyeOverlay>[0]['eyes']): SVGSVGElement {
  const el = document.createElement('div');
  render(<EyeOverlay eyes={eyes} />, el);
  return el.querySelector('svg')!;
}

describe('EyeOverlay', () => {
  it('puts the targets where the eye-geometry module measures StyleGAN eyes (38.1% / 61.5% of the width, 47.7% of the height)', () => {
    const svg = draw(null);
    expect(svg.getAttribute('viewBox')).toBe('0 0 100 100');
    const rings = [...svg.querySelectorAll('[data-role="ffhq-target"] circle')];
    expect(rings.length).toBe(4); // halo + ring per eye
    expect(new Set(rings.map((c) => c.getAttribute('cx')))).toEqual(new Set(['38.1', '61.5']));
    expect(new Set(rings.map((c) => c.getAttribute('cy')))).toEqual(new Set(['47.7']));
    expect(FFHQ_EYES).toBe(GEOMETRY_EYES);
    expect(svg.querySelectorAll('[data-role="detected-eye"]').length).toBe(0);
    expect(svg.getAttribute('aria-label')).toMatch(/No eyes found/);
  });

  it('draws detected eyes as dots at their fractions, clamped and skipping NaN', () => {
    const svg = draw({ left: { x: 0.4, y: 0.5 }, right: { x: 1.3, y: Number.NaN } });
    const dots = [...svg.querySelectorAll('[data-role="detected-eye"]')];
    expect(dots.map((d) => [d.getAttribute('cx'), d.getAttribute('cy')])).toEqual([['40', '50']]);
    const both = draw({ left: { x: 0.38, y: 0.47 }, right: { x: 1.3, y: 0.47 } });
    expect([...both.querySelectorAll('[data-role="detected-eye"]')].map((d) => d.getAttribute('cx'))).toEqual(['38', '100']);
  });
});
