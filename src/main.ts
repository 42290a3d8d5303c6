import { enableCompileCache } from './core/compile-cache';
import { prestartMongoWorker } from './phases/downtime/mongo-remote';

enableCompileCache();
// The downtime's MongoDB part runs in a worker thread: started first, its driver loads while
// this thread loads the action and the phase.
if ((process.env.K2H_ACTION_PHASE || process.env.INPUT_PHASE || '').trim() === 'downtime')
  prestartMongoWorker();
const { run } = await import('./front-doors/github');
await run();
