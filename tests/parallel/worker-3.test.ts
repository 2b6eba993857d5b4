import { it } from 'vitest';
import { runIsolationScenario } from './isolation-scenario.js';

it('worker-3 sees only its own changes on the shared server while the others write', async () => {
  await runIsolationScenario('worker-3');
});
