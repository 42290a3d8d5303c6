/**
 * Writes action.yml from the phase registry, so the action's inputs and outputs are declared once.
 * Run: npm run gen:action. test/unit/front-doors.test.ts fails when action.yml is stale.
 */
import { writeFileSync } from 'node:fs';
import { renderActionYml } from '../src/front-doors/action-yml';

writeFileSync(new URL('../action.yml', import.meta.url), renderActionYml());
console.log('action.yml written');
