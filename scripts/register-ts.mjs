// Lets Node 20 run the project's TypeScript directly (benchmarks, one-off scripts):
//   node --import ./scripts/register-ts.mjs bench/sandbox-latency.ts
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
