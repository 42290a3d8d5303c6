import { run } from './front-doors/github';

void run();
