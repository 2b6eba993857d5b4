import type { Permission } from '../kit-options.js';
import type { ScenarioClient } from '../scenario-client.js';

/** One stateful walk through the API. The runner skips it (reporting why) when a permission is missing. */
export interface Scenario {
  id: string;
  /** A behaviour sentence; the vitest wrapper uses it as the test name. */
  title: string;
  needs: readonly Permission[];
  /** The operations it exercises, for "not tested" when it is skipped or stops early. */
  covers: readonly string[];
  run(client: ScenarioClient): Promise<void>;
}
