// Type-checked (not run) by scripts/check-pack.sh with neither the DOM library nor Node's types: a strict
// TypeScript test using startMock needs nothing but the package and typescript.
import { type FaultConfig, type Fixture, type Mock, startMock } from 'remotix-mock';

export async function useTheMock(fixture: Fixture): Promise<number> {
  const faults: FaultConfig = { rules: [{ method: 'GET', path: '/groups', status: 503, times: 1 }] };
  const mock: Mock = await startMock({ fixtures: 'default', seed: 1, faults, log: 'off', writeLog: (line) => void line });
  mock.reset({ fixture });
  const connects: number = mock.actions({ action: 'connect' }).length;
  // @ts-expect-error the port is a number
  await startMock({ port: '3000' });
  await mock.close();
  return connects + mock.url.length;
}
