import { startOffscreen } from '../../utils/offscreen/start-offscreen';

startOffscreen();
