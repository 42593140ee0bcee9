import type { ImageCheckState } from '../../utils/image-check-state';
import { judgeImage, type JudgeSettings } from '../../core/judge';
import { POLICY } from '../../core/release-policy';
import { eyesMatch } from '../../core/release-verdict';
import { reasonText } from '../../core/reason-text';
import { defaultSettings } from '../../utils/settings-schema';
import { EyeLegend } from '../eye-legend';
import { EyeOverlay } from '../eye-overlay';
import { formatNumber, formatPercent, t } from '../../core/i18n/translate';

const fixed3 = (x: number): string => formatNumber(x, { minimumFractionDigits: 3, maximumFractionDigits: 3 });

/**
 * The right-click check's result: the image with the eye overlay, each stage's figure, and the reasons, at
 * the user's threshold (the same policy as the badges).
 */
export function CheckImageView({ result, threshold = POLICY.flagProbability }: { result: ImageCheckState | null; threshold?: number }) {
  if (!result) return <p>{t('checkExpired', t('menuCheckImage'))}</p>;
  const v = result.state === 'done' ? result.verdict : null;
  // The user chose this image; showing it costs no new privacy. Only web URLs, never javascript: or data: from a page.
  const src = /^https?:\/\//i.test(result.url) ? result.url : null;
  // The check judges the stages the user asked for by hand: at their threshold, every stage on.
  const settings: JudgeSettings = { sensitivity: threshold, signals: defaultSettings().signals };
  const judged = v ? judgeImage(v, settings) : null;
  return (
    <main class="check">
      <h1>{t('checkTitle')}</h1>
      <figure class="avatar">
        <div class="frame">
          {src ? <img src={src} alt={t('checkImageAlt')} referrerpolicy="no-referrer" /> : <div class="noimg">{t('checkNoPreview')}</div>}
          <EyeOverlay eyes={v?.status === 'ok' ? v.eyes : null} />
        </div>
        <figcaption><EyeLegend detected={v?.status === 'ok'} /></figcaption>
      </figure>
      {result.state === 'checking' && <p role="status">{t('checkChecking')}</p>}
      {result.state === 'denied' && <p role="alert">{t('checkDenied')}</p>}
      {v?.status === 'error' && <p role="alert">{t('checkError', v.error)}</p>}
      {v?.status === 'no-face' && <p>{t('checkNoFace')}</p>}
      {v?.status === 'ok' && (
        <>
          <p>
            <strong class={`risk ${judged?.band}`}>{judged?.decision === 'flagged' ? t('checkFlagged') : t('checkNotFlagged')}</strong> {t('checkModel', v.modelVersion)}
          </p>
          <ul class="stages">
            <li>
              {t(eyesMatch(v.eyeDistance) ? 'checkStage1Match' : 'checkStage1NoMatch', fixed3(v.eyeDistance), fixed3(POLICY.eyeMatchBelow))}
            </li>
            <li>
              {judged?.decision === 'too-small' ? t('checkStage2TooSmall') : v.forensic ? t('checkStage2', formatPercent(v.forensic.probability), formatPercent(threshold)) : t('checkStage2NotRun')}
            </li>
          </ul>
          <ul>{(judged?.reasons ?? []).map((r, i) => <li key={i}>{reasonText(r)}</li>)}</ul>
        </>
      )}
      {v?.status === 'no-face' && <ul>{(judged?.reasons ?? []).map((r, i) => <li key={i}>{reasonText(r)}</li>)}</ul>}
      <p class="hint">{t('checkHint')}</p>
      <p class="hint url" dir="ltr">{result.url}</p>
    </main>
  );
}
