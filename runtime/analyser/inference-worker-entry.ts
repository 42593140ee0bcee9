import { startInferenceWorker, type WorkerScope } from './inference-worker';

void startInferenceWorker(self as unknown as WorkerScope);
