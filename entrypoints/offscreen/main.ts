import { startOffscreen } from '../../runtime/offscreen/start-offscreen';

startOffscreen();
