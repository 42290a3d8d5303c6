#!/usr/bin/env node
import { runCli } from './front-doors/cli';

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
