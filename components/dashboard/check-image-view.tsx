import type { ImageCheckState } from '../../utils/image-check-state';
import { bandOf, figuresOf, POLICY, reasonsOf } from '../../analysis/verdict-policy';
import { EyeLegend } from '../eye-legend';
import { EyeOverlay } from '../eye-overlay';

/**
 * The right-click check's result: the image with the eye overlay, each stage's figure, and the reasons, at
 * the user's threshold (the same policy as the badges).
 */
export function CheckImageView({ result, threshold = POLICY.flagProbability }: { result: ImageCheckState | null; threshold?: number }) {
  if (!result) return <p>This check has expired. Right-click the image and choose “Check this image with Sockscope” again.</p>;
  const v = result.state === 'done' ? result.verdict : null;
  // The user chose this image; showing it costs no new privacy. Only web URLs, never javascript: or data: from a page.
  const src = /^https?:\/\//i.test(result.url) ? result.url : null;
  return (
    <main class="check">
      <h1>Image check</h1>
      <figure class="avatar">
        <div class="frame">
          {src ? <img src={src} alt="The checked image" referrerpolicy="no-referrer" /> : <div class="noimg">No preview</div>}
          <EyeOverlay eyes={v?.status === 'ok' ? v.eyes : null} />
        </div>
        <figcaption><EyeLegend detected={v?.status === 'ok'} /></figcaption>
      </figure>
      {result.state === 'checking' && <p role="status">Checking…</p>}
      {result.state === 'denied' && <p role="alert">Sockscope needs your permission to read images from this site. Try again and choose “Allow”.</p>}
      {v?.status === 'error' && <p role="alert">Couldn't check: {v.error}</p>}
      {v?.status === 'no-face' && <p>No face found, so the face checks don't apply.</p>}
      {v?.status === 'ok' && (
        <>
          <p>
            <strong class={`risk ${bandOf(figuresOf(v), threshold)}`}>{bandOf(figuresOf(v), threshold) === 'high' ? 'flagged' : 'not flagged'}</strong> (model {v.modelVersion})
          </p>
          <ul class="stages">
            <li>
              Stage 1, eye position: distance {v.eyeDistance.toFixed(3)} to StyleGAN's spots ({v.eyeDistance < POLICY.eyeMatchBelow ? 'matches' : 'does not match'}; the limit is {POLICY.eyeMatchBelow.toFixed(3)}).
            </li>
            <li>
              Stage 2, texture check: {v.forensic ? `${Math.round(v.forensic.probability * 100)}% (flags from ${Math.round(threshold * 100)}%)` : 'not run'}.
            </li>
          </ul>
          <ul>{[...reasonsOf(figuresOf(v), threshold), ...v.reasons.slice(reasonsOf(figuresOf(v)).length)].map((r, i) => <li key={i}>{r}</li>)}</ul>
        </>
      )}
      {v?.status === 'no-face' && v.reasons.length > 0 && <ul>{v.reasons.map((r, i) => <li key={i}>{r}</li>)}</ul>}
      <p class="hint">Evidence, not proof. Checked on this computer; nothing was uploaded.</p>
      <p class="hint url">{result.url}</p>
    </main>
  );
}
