import { useState } from 'preact/hooks';
import type { Review, ReviewState } from '../../utils/export/types';
import { t } from '../../core/i18n/translate';
import { REVIEW_WORD } from './dashboard-words';

export interface ReviewEditorProps {
  review: Review;
  onSave: (next: Review) => void;
}

const STATES: readonly ReviewState[] = ['unreviewed', 'reviewed', 'false-positive', 'confirmed'];

/** Reviewer's decision and notes for one account (give it a key per account + review time so it resets). */
export function ReviewEditor({ review, onSave }: ReviewEditorProps) {
  const [status, setStatus] = useState(review.status);
  const [notes, setNotes] = useState(review.notes);
  const [keep, setKeep] = useState(review.keep === true);
  return (
    <fieldset class="review">
      <legend>{t('dashColReview')}</legend>
      {STATES.map((value) => (
        <label key={value} class="row">
          <input type="radio" name="review" value={value} checked={status === value} onChange={() => setStatus(value)} /> {t(REVIEW_WORD[value])}
        </label>
      ))}
      <label>
        {t('dashNotes')}
        <textarea name="notes" rows={3} maxLength={5000} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
      </label>
      {/* Reviewed accounts only: their evidence then outlives the retention period set in the popup. */}
      {status !== 'unreviewed' && (
        <label class="row">
          <input type="checkbox" name="keep" checked={keep} onChange={(e) => setKeep(e.currentTarget.checked)} /> {t('dashKeep')}
        </label>
      )}
      <button type="button" onClick={() => onSave({ status, notes, updatedAt: Date.now(), ...(keep && status !== 'unreviewed' ? { keep: true } : {}) })}>{t('dashSaveReview')}</button>
    </fieldset>
  );
}
