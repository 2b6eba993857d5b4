/** The plain data the store holds and returns. Nothing here knows about HTTP. */

export type Protocol = 'NEAR' | 'RDP' | 'VNC' | 'APPLE';
export type ConnectionType = 'NEAR' | 'VNC' | 'RDP';
export type Settings = Record<string, string | number | boolean>;
export type Credentials = Record<string, string>;
/** `null` for a key means: reset it to its default (or, for a credential, remove it). */
export type SettingsPatch = Record<string, string | number | boolean | null>;
/**
 * The default value of every setting of every connection type, read from the OpenAPI document; a key whose
 * default is not known (a dialect the kit wrote) is there with `undefined`.
 */
export type SettingsDefaults = Record<ConnectionType, Record<string, Settings[string] | undefined>>;

/** Fields an item carries besides its own (kept from fixture data, for a dialect that shows them). */
export type Extra = Record<string, unknown>;

export interface Group {
  group_uid: string;
  name: string;
  extra?: Extra;
}

export interface Connection {
  uid: string;
  name: string;
  category_uid: string;
  protocol: Protocol | null;
  has_credentials: boolean;
  extra?: Extra;
}

export interface Computer {
  computer_id: string;
  name: string;
  category_uid: string;
  extra?: Extra;
}

export interface ComputerConnectionSummary {
  connection: string;
  type: ConnectionType;
  port: number | null;
}

export interface NearbyConnection {
  name: string;
  host: string;
  protocol: Protocol;
  extra?: Extra;
}

export interface GroupItems extends Group {
  connections: Connection[];
  computers: Computer[];
}

export interface ItemUpdate {
  name?: string;
  category_uid?: string;
}

export type ActionTarget =
  | { kind: 'connection'; uid: string }
  | { kind: 'computer'; computer_id: string; connection: string | null; type: ConnectionType | null; port: number | null };

/** Where an action came from: opaque to the store, kept in the journal as given. */
export interface ActionOrigin {
  method: string;
  path: string;
}

export interface ActionRecord extends ActionOrigin {
  seq: number;
  time: string;
  target: ActionTarget;
  action: string;
}

/** A dataset the store starts from: the shape of `fixtures/*.json`. */
export interface Fixture {
  groups: Group[];
  connections: Array<Omit<Connection, 'has_credentials' | 'protocol'> & { protocol?: Protocol | null; credentials?: Credentials }>;
  computers: Array<Computer & { connections?: Record<string, FixtureComputerConnection> }>;
  nearby: NearbyConnection[];
}

export interface FixtureComputerConnection {
  settings?: Settings;
  credentials?: Credentials;
}
