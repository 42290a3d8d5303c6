import { run } from './runtime/github';

void run();
