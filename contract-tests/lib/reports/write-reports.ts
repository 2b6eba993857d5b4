import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { observedDialect } from '../dialect/observed-dialect.js';
import type { KitReport } from './build-report.js';
import { renderJunit } from './render-junit.js';
import { renderMarkdown } from './render-markdown.js';

export const REPORT_FILES = { junit: 'junit.xml', json: 'report.json', markdown: 'report.md', dialect: 'dialect.json' } as const;

/** Writes the three reports and the dialect observed (`dialect.json`) into `dir`, replacing those of an earlier run. */
export async function writeReports(report: KitReport, dir: string): Promise<Record<keyof typeof REPORT_FILES, string>> {
  await mkdir(dir, { recursive: true });
  const files = {
    junit: join(dir, REPORT_FILES.junit),
    json: join(dir, REPORT_FILES.json),
    markdown: join(dir, REPORT_FILES.markdown),
    dialect: join(dir, REPORT_FILES.dialect),
  };
  await writeFile(files.junit, renderJunit(report));
  await writeFile(files.json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(files.markdown, renderMarkdown(report));
  await writeFile(files.dialect, `${JSON.stringify(observedDialect(report), null, 2)}\n`);
  return files;
}
