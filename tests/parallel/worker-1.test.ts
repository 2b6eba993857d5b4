import { it } from 'vitest';
import { runIsolationScenario } from './isolation-scenario.js';

it('worker-1 sees only its own changes on the shared server while the others write', async () => {
  await runIsolationScenario('worker-1');
});
