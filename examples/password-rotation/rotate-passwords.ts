/**
 * An example integration: rotate the password of every RDP connection in a Remotix group.
 * It talks to whatever base URL it is given: a real Remotix, or remotix-mock in tests, through the
 * package's typed client.
 */
import { createRemotixClient } from 'remotix-mock/client';

export interface RotationOptions {
  baseUrl: string;
  groupUid: string;
  /** The new password for a connection. */
  newPassword: (connection: { uid: string; name: string }) => string;
  /** How many times to retry an update that answers 503 (Remotix busy or starting). */
  retries?: number;
}

export interface RotationResult {
  rotated: string[];
  failed: Array<{ uid: string; status: number }>;
}

export async function rotatePasswords({ baseUrl, groupUid, newPassword, retries = 2 }: RotationOptions): Promise<RotationResult> {
  const remotix = createRemotixClient({ baseUrl });
  const group = await remotix.getGroup({ group_uid: groupUid });
  if (group.status !== 200) throw new Error(`GET /group/${groupUid} answered ${group.status}`);
  const result: RotationResult = { rotated: [], failed: [] };
  for (const connection of group.body.connections.filter((c) => c.protocol === 'RDP')) {
    let status: number;
    for (let attempt = 0; ; attempt++) {
      ({ status } = await remotix.setConnectionCredentials({ uid: connection.uid }, { 'rdp.password': newPassword(connection) }));
      if (status !== 503 || attempt >= retries) break;
    }
    if (status === 200) result.rotated.push(connection.uid);
    else result.failed.push({ uid: connection.uid, status });
  }
  return result;
}
