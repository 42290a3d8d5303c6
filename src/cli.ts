#!/usr/bin/env node
import { enableCompileCache } from './core/compile-cache';
import { prestartMongoWorker } from './phases/downtime/mongo-remote';

enableCompileCache();
// The downtime's MongoDB part runs in a worker thread: started first, its driver loads while
// this thread loads the command line and the phase.
const [command, phase] = process.argv.slice(2);
if (command === 'downtime' || (command === 'tekton' && phase === 'downtime')) prestartMongoWorker();
const { runCli } = await import('./front-doors/cli');
process.exitCode = await runCli(process.argv.slice(2));
