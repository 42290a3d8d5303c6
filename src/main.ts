import { enableCompileCache } from './core/compile-cache';

enableCompileCache();
// The downtime's MongoDB part runs in a worker thread: started first, its driver loads while
// this thread loads the action and the phase.
// Other phases load none of it.
if ((process.env.K2H_ACTION_PHASE || process.env.INPUT_PHASE || '').trim() === 'downtime')
  (await import('./phases/downtime/mongo-remote')).prestartMongoWorker();
const { run } = await import('./front-doors/github');
await run();
