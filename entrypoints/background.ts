import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../runtime/background/start-background';
import { useBrowserMessages } from '../utils/i18n/browser-messages';

export default defineBackground(() => {
  useBrowserMessages();
  startBackground();
});
