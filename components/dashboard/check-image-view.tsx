import type { ImageCheckState } from '../../utils/image-check-state';
import { judgeImage, type JudgeSettings } from '../../core/judge';
import { POLICY } from '../../core/release-policy';
import { eyesMatch } from '../../core/release-verdict';
import { reasonText } from '../../core/reason-text';
import { defaultSettings } from '../../utils/settings-schema';
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
  // The check judges the stages the user asked for by hand: at their threshold, every stage on.
  const settings: JudgeSettings = { sensitivity: threshold, signals: defaultSettings().signals };
  const judged = v ? judgeImage(v, settings) : null;
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
            <strong class={`risk ${judged?.band}`}>{judged?.decision === 'flagged' ? 'flagged' : 'not flagged'}</strong> (model {v.modelVersion})
          </p>
          <ul class="stages">
            <li>
              Stage 1, eye position: distance {v.eyeDistance.toFixed(3)} to StyleGAN's spots ({eyesMatch(v.eyeDistance) ? 'matches' : 'does not match'}; the limit is {POLICY.eyeMatchBelow.toFixed(3)}).
            </li>
            <li>
              Stage 2, texture check: {judged?.decision === 'too-small' ? 'not run: the picture is too small' : v.forensic ? `${Math.round(v.forensic.probability * 100)}% (flags from ${Math.round(threshold * 100)}%)` : 'not run'}.
            </li>
          </ul>
          <ul>{(judged?.reasons ?? []).map((r, i) => <li key={i}>{reasonText(r)}</li>)}</ul>
        </>
      )}
      {v?.status === 'no-face' && <ul>{(judged?.reasons ?? []).map((r, i) => <li key={i}>{reasonText(r)}</li>)}</ul>}
      <p class="hint">Evidence, not proof. Checked on this computer; nothing was uploaded.</p>
      <p class="hint url">{result.url}</p>
    </main>
  );
}
