import type { TestProject } from 'vitest/node';
import { startMock } from '../../src/start-mock.js';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedMockUrl: string;
  }
}

/** One mock for every worker of this project: the workers share it and must not see each other. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const mock = await startMock({ port: 0 });
  project.provide('sharedMockUrl', mock.url);
  return () => mock.close();
}
