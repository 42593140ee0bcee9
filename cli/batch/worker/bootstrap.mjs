// Worker threads start without the CLI's TypeScript loader: register tsx here, then load the real worker.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./analyse-worker');
export default worker.default;
