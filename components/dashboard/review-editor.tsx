import { useState } from 'preact/hooks';
import type { Review, ReviewState } from '../../utils/export/types';

export interface ReviewEditorProps {
  review: Review;
  onSave: (next: Review) => void;
}

const STATES: Array<[ReviewState, string]> = [['unreviewed', 'Not reviewed'], ['reviewed', 'Reviewed'], ['false-positive', 'False positive'], ['confirmed', 'Confirmed']];

/** Reviewer's decision and notes for one account (give it a key per account + review time so it resets). */
export function ReviewEditor({ review, onSave }: ReviewEditorProps) {
  const [status, setStatus] = useState(review.status);
  const [notes, setNotes] = useState(review.notes);
  return (
    <fieldset class="review">
      <legend>Review</legend>
      {STATES.map(([value, label]) => (
        <label key={value} class="row">
          <input type="radio" name="review" value={value} checked={status === value} onChange={() => setStatus(value)} /> {label}
        </label>
      ))}
      <label>
        Notes
        <textarea name="notes" rows={3} maxLength={5000} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
      </label>
      <button type="button" onClick={() => onSave({ status, notes, updatedAt: Date.now() })}>Save review</button>
    </fieldset>
  );
}
