import type { IdSpec } from '../store/create-id-generator.js';
import type { StorePolicies } from '../store/store-policies.js';
import type { Dialect } from './dialect.js';

/** What the store and the sessions take of a dialect, as their own plain options. */
export interface StoreRules {
  policies: StorePolicies;
  ids: { group: IdSpec; connection: IdSpec };
}

export function storeRulesOf(dialect: Dialect): StoreRules {
  const { settings, actions, groups } = dialect;
  return {
    policies: {
      uidSpace: dialect.ids.space,
      groupDelete: { nonEmpty: groups.deleteNonEmpty, moveTo: groups.moveTo },
      connectionCredentials: dialect.credentials.put,
      settings: {
        unknownKeys: settings.unknownKeys,
        null: settings.null,
        missingConnection: settings.missingConnection,
        credentialKeys: {
          VNC: settings.types.VNC.credentials,
          RDP: settings.types.RDP.credentials,
          NEAR: settings.types.NEAR.credentials,
        },
      },
      actions: { offered: actions.offered, chat: actions.chat, chatPosition: actions.chatPosition, notOffered: actions.notOffered },
    },
    ids: { group: dialect.ids.group.new, connection: dialect.ids.connection.new },
  };
}
