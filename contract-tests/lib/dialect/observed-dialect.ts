import { writeAnswers, writeSuccess } from './dialect-answers.js';
import { DialectDraft, type Entry } from './dialect-draft.js';
import { writeErrors, writeRequestRules } from './dialect-errors.js';
import { writeIds } from './dialect-ids.js';
import { writeItems } from './dialect-items.js';
import { writePolicies } from './dialect-policies.js';
import { writeSettings } from './dialect-settings.js';

/** What of report.json the dialect is built from. */
export interface DialectSource {
  runId: string;
  label: string | null;
  target: { url: string };
  learned: Record<string, unknown>;
}

/** Keys the kit never probes: their defaults stand, and provenance says so. */
const NEVER_TRIED: Record<string, string> = {
  '/ids/space': 'the kit does not try a group and a connection with the same id',
  '/ids/malformed/body': 'the kit sends no malformed id in a body',
  '/requests/unexpectedBody': 'the kit sends no body on GET or DELETE',
  '/credentials/put': 'the reference has no read of a connection credentials: which keys a target keeps is not seen',
  '/credentials/accept': 'the reference has no read of a connection credentials: which keys a target takes is not seen',
};

/**
 * The dialect the kit observed on a target (`<report-dir>/dialect.json`, in the format of
 * dialect/dialect.schema.json): what it learned of lists, ids, fields, answers, errors and policies. Every
 * entry is under `provenance`, observed (in the file), assumed (read from a key's name) or not tried (left out:
 * the default's value stands). What no dialect key can say goes under `about.observed`.
 */
export function observedDialect(source: DialectSource): Entry {
  const learned = source.learned as Entry;
  const draft = new DialectDraft();
  writeIds(draft, learned);
  writeItems(draft, learned);
  writeAnswers(draft, learned);
  writeSuccess(draft, learned);
  writeErrors(draft, learned);
  writeRequestRules(draft, learned);
  writeSettings(draft, learned);
  const unserved = writePolicies(draft, learned);
  for (const [pointer, note] of Object.entries(NEVER_TRIED)) draft.notTried(pointer, note);
  const { version, ...rules } = draft.doc;
  return {
    $schema: 'https://remotix-mock.dev/dialect/1/dialect.schema.json',
    version,
    about: {
      name: `observed on ${source.label ?? source.target.url}`,
      description: `Written by remotix-contract run ${source.runId} against ${source.target.url}: what it learned of the target; what it did not try keeps the default (provenance says which).`,
      runId: source.runId,
      url: source.target.url,
      observed: unserved,
    },
    ...rules,
    provenance: Object.fromEntries(Object.entries(draft.provenance).sort(([a], [b]) => a.localeCompare(b))),
  };
}
