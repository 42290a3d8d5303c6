import { enableCompileCache } from './core/compile-cache';
import { run } from './front-doors/github';

enableCompileCache();
void run();
