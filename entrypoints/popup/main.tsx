import { render } from 'preact';
import { activeTabCounts } from '../../components/popup/active-tab-counts';
import { App } from '../../components/popup/app';
import './style.css';
import { useBrowserMessages } from '../../utils/i18n/browser-messages';
import { pageLanguage } from '../../components/page-language';

useBrowserMessages();

const root = document.getElementById('app');
if (root) {
  pageLanguage(document);
  render(<App getTabCounts={activeTabCounts} />, root);
}
