#!/usr/bin/env node
import { enableCompileCache } from './core/compile-cache';

enableCompileCache();
// The downtime's MongoDB part runs in a worker thread: started first, its driver loads while
// this thread loads the command line and the phase.
const [command, phase] = process.argv.slice(2);
// Other commands load none of it.
if (command === 'downtime' || (command === 'tekton' && phase === 'downtime'))
  (await import('./phases/downtime/mongo-remote')).prestartMongoWorker();
const { runCli } = await import('./front-doors/cli');
process.exitCode = await runCli(process.argv.slice(2));
