import type { UrlVerdict } from '../../utils/messages';
import { startAnalyser, type Analyser } from '../analyser/analyser';

let analyser: Analyser | null = null;

/**
 * Firefox has no offscreen documents, so its background page hosts the same analyser Chrome's offscreen
 * document does (its inference worker included), started on first use.
 */
function own(): Analyser {
  return (analyser ??= startAnalyser());
}

/** Firefox: start the analyser now (at the background page's start), so its models load before the first avatar. */
export function startInlineAnalyser(): void {
  own();
}

/** Firefox: analyse image URLs in this background page; `onEach` hears of each verdict as soon as it is done. */
export function analyzeInline(urls: string[], onEach?: (r: UrlVerdict) => void): Promise<UrlVerdict[]> {
  return own().analyze(urls, onEach);
}

/** Firefox: the analyser's messages (scroll signals, offscreen-targeted requests) are for this page. */
export function handleInline(raw: unknown): ReturnType<Analyser['handle']> {
  return own().handle(raw);
}
