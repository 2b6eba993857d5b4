import { computerActions } from './computer-actions.js';
import { computerDelete } from './computer-delete.js';
import { computerSettings } from './computer-settings.js';
import { groupLifecycle } from './group-lifecycle.js';
import { invalidInput } from './invalid-input.js';
import { readEverything } from './read-everything.js';
import type { Scenario } from './scenario.js';
import { unsupportedMethods } from './unsupported-methods.js';

/** In order: the reads (the "before" snapshot) first, deleting the computer last. */
export const ALL_SCENARIOS: readonly Scenario[] = [
  readEverything,
  groupLifecycle,
  computerSettings,
  computerActions,
  invalidInput,
  unsupportedMethods,
  computerDelete,
];
