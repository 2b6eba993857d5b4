import type { Snapshot } from '../snapshot.js';
import type { Learned } from './learned.js';
import { readActions } from './read-actions.js';
import { connectionType } from './read-computer-connections.js';

/**
 * What the computers read before the run offer, by connection type (`VNC` → control), and when they offer
 * chat: on every computer, only with a NEAR connection, or never, where the computers seen tell those apart
 * (computers with NEAR and without it, or chat on one without NEAR).
 */
export function learnOfferedActions(learned: Learned, snapshot: Snapshot): void {
  const chat = { withNear: 0, withoutNear: 0, near: 0, other: 0 };
  for (const computer of Object.values(snapshot.computers)) {
    const connections = Object.keys(computer.settings);
    const read = readActions(computer.actions, connections);
    if (!read) continue;
    for (const action of read.actions) {
      const [connection, name] = action.split('/');
      const type = connection === undefined ? undefined : connectionType(connection);
      if (!type || !name) continue;
      const known = learned.offeredActions.get(type) ?? new Set<string>();
      learned.offeredActions.set(type, known.add(name));
    }
    const near = connections.some((id) => connectionType(id) === 'NEAR');
    const chats = read.actions.includes('chat');
    if (near) chat.near += 1;
    else chat.other += 1;
    if (chats && near) chat.withNear += 1;
    if (chats && !near) chat.withoutNear += 1;
  }
  const seen = chat.near + chat.other;
  if (seen === 0) return;
  const outcome =
    chat.withNear + chat.withoutNear === 0
      ? 'never'
      : chat.withoutNear > 0 && chat.withNear === chat.near
        ? 'always'
        : chat.withNear === chat.near && chat.other > 0 && chat.withoutNear === 0
          ? 'with-near'
          : undefined;
  const detail = `${chat.withNear} of ${chat.near} computers with a NEAR connection and ${chat.withoutNear} of ${chat.other} without offer chat`;
  learned.policies.set('chat-offered', { outcome: outcome ?? 'undecided', httpStatus: 200, detail });
}
