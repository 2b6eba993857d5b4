/**
 * An example integration: rotate the password of every RDP connection in a Remotix group.
 * It talks to whatever base URL it is given: a real Remotix, or remotix-mock in tests.
 */
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

interface Connection {
  uid: string;
  name: string;
  protocol: string | null;
}

export async function rotatePasswords({ baseUrl, groupUid, newPassword, retries = 2 }: RotationOptions): Promise<RotationResult> {
  const group = await fetch(`${baseUrl}/group/${groupUid}`);
  if (group.status !== 200) throw new Error(`GET /group/${groupUid} answered ${group.status}`);
  const { connections } = (await group.json()) as { connections: Connection[] };
  const result: RotationResult = { rotated: [], failed: [] };
  for (const connection of connections.filter((c) => c.protocol === 'RDP')) {
    const status = await putPassword(baseUrl, connection.uid, newPassword(connection), retries);
    if (status === 200) result.rotated.push(connection.uid);
    else result.failed.push({ uid: connection.uid, status });
  }
  return result;
}

async function putPassword(baseUrl: string, uid: string, password: string, retries: number): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(`${baseUrl}/connection/${uid}/credentials`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ 'rdp.password': password }),
    });
    await response.arrayBuffer();
    if (response.status !== 503 || attempt >= retries) return response.status;
  }
}
