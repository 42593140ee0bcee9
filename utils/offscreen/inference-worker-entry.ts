import { startInferenceWorker, type WorkerScope } from './inference-worker';

startInferenceWorker(self as unknown as WorkerScope);
