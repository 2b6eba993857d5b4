import type { IdSpec } from '../store/create-id-generator.js';
import type { StampEvent, StampedKind, StorePolicies } from '../store/store-policies.js';
import type { Dialect } from './dialect.js';

/** What the store and the sessions take of a dialect, as their own plain options. */
export interface StoreRules {
  policies: StorePolicies;
  ids: { group: IdSpec; connection: IdSpec };
}

export function storeRulesOf(dialect: Dialect): StoreRules {
  const { settings, actions, groups, credentials } = dialect;
  return {
    policies: {
      uidSpace: dialect.ids.space,
      groupDelete: { nonEmpty: groups.deleteNonEmpty, moveTo: groups.moveTo },
      rememberDeleted: dialect.ids.deleted === 'gone',
      newConnectionProtocol: dialect.connections.newProtocol,
      credentials: {
        put: credentials.put,
        accept: credentials.accept,
        byProtocol: credentials.byProtocol,
        other: credentials.otherProtocol,
        deleteWhenNone: credentials.deleteWhenNone === 'ok' ? 'ok' : 'refuse',
      },
      settings: {
        unknownKeys: settings.unknownKeys,
        null: settings.null,
        missingConnection: settings.missingConnection,
        credentialKeys: {
          VNC: settings.putCredentials ? settings.types.VNC.credentials : [],
          RDP: settings.putCredentials ? settings.types.RDP.credentials : [],
          NEAR: settings.putCredentials ? settings.types.NEAR.credentials : [],
        },
      },
      actions: { offered: actions.offered, chat: actions.chat, chatPosition: actions.chatPosition, notOffered: actions.notOffered },
      stamps: stampsOf(dialect),
    },
    ids: { group: dialect.ids.group.new, connection: dialect.ids.connection.new },
  };
}

/** The extra fields each kind of item stamps with the time of an event (`{stamp: ...}` in items.*.extra). */
function stampsOf(dialect: Dialect): StorePolicies['stamps'] {
  const stamps: StorePolicies['stamps'] = {};
  for (const kind of ['group', 'connection', 'computer'] as StampedKind[]) {
    for (const [key, rule] of Object.entries(dialect.items[kind].extra)) {
      if (rule.stamp === undefined) continue;
      const events = (stamps[kind] ??= {}) as Record<StampEvent, string[]>;
      (events[rule.stamp] ??= []).push(key);
    }
  }
  return stamps;
}
