import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../runtime/background/start-background';

export default defineBackground(() => {
  startBackground();
});
