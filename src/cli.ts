#!/usr/bin/env node
import { enableCompileCache } from './core/compile-cache';
import { runCli } from './front-doors/cli';

enableCompileCache();
void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
