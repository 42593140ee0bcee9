import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CheckImageView } from '../../components/dashboard/check-image-view';
import { imageCheckKey, parseImageCheckState } from '../../utils/image-check-state';
import { loadSettings } from '../../utils/settings';
import '../dashboard/style.css';
import { useBrowserMessages } from '../../utils/i18n/browser-messages';
import { pageLanguage } from '../../components/page-language';

useBrowserMessages();
pageLanguage(document);

const root = document.getElementById('app');
const key = imageCheckKey(decodeURIComponent(location.hash.slice(1)));
// The user's threshold, so this page bands the image exactly as the badges do.
const threshold = loadSettings().then((s) => s.sensitivity);
const show = (raw: unknown): void => {
  void threshold.then((t) => root && render(<CheckImageView result={parseImageCheckState(raw)} threshold={t} />, root));
};

// The background writes 'checking' before opening us and 'done' when the models finish.
browser.storage.session.onChanged.addListener((changes) => {
  if (key in changes) show(changes[key]?.newValue);
});
void browser.storage.session.get(key).then((items) => show(items[key]));
