import { fileURLToPath } from 'node:url';
import type { Roles } from './diff-sequence.js';

/** A preset of the independent server, and the dialect and fixture written by hand to mock it. */
export interface Preset {
  name: string;
  dialect: string;
  fixture: string;
  roles: Roles;
}

const file = (name: string) => fileURLToPath(new URL(`./presets/${name}`, import.meta.url));
const preset = (name: string, roles: Roles): Preset => ({
  name,
  dialect: file(`${name}.dialect.json`),
  fixture: file(`${name}.fixture.json`),
  roles,
});

/** The seed items each role names, by the uid shape of the preset (README: "Ids"; the seed data is the same). */
const seed = (ids: { groups: string[]; connections: string[]; unknownGroup: string; otherComputer: string }) => ({
  fullGroup: ids.groups[0]!,
  otherGroup: ids.groups[1]!,
  emptyGroup: ids.groups[3]!,
  rdpConnection: ids.connections[2]!,
  otherConnection: ids.connections[4]!,
  computer: '123456',
  otherComputer: ids.otherComputer,
  unknownGroup: ids.unknownGroup,
  unknownComputer: ids.otherComputer === 'a3f9c2d18e' ? 'no-such-computer' : '999999999',
});

const UUIDS = {
  groups: [
    '16409924-98af-5111-8223-6afe621e4dcc',
    '95fd9989-b441-5a0a-9c33-007efbaae237',
    '0b88ccb5-b802-5d2d-a941-23998a0ca38a',
    '22c50eb6-6fbe-5ff2-8423-4199ed8dd204',
  ],
  connections: [
    'be7c521b-0744-5f33-85c5-58de534f36db',
    '899bd03a-71d2-5e3d-8fd7-499c1c19ca74',
    'd7d5e906-f0c1-5f92-b597-151c2e8bf374',
    '6d7c938d-18c7-5dda-badc-dc39b4c74136',
    '662a360b-ae3a-5c6d-8e80-5cefa0e0cf65',
    '88d78cae-20fa-5b24-b51e-b2a3a2e352df',
  ],
  unknownGroup: '00000000-0000-4000-8000-000000000000',
  otherComputer: 'a3f9c2d18e',
};
const HEX = {
  groups: ['e4fdc63b85cea47fac492dbc', '200b3b1f80f4817ca14148fd', '7cf414196b2564f24b74294c', '31b8fb487b196a253df0e502'],
  connections: [
    '84bb1f068463c883fc089fd0',
    '882021b6a62aa69ff8cc0ebd',
    'ae88e52e3f32158d8d3dc575',
    'bd8de23369cb4c4607f5b38f',
    'eca6cc8e358daca9a516fab9',
    '3b3744bd1bfff02b41dc8941',
  ],
  unknownGroup: '000000000000000000000000',
  otherComputer: 'a3f9c2d18e',
};
const PREFIXED = {
  groups: HEX.groups.map((id) => `g_${id.slice(0, 10)}`),
  connections: HEX.connections.map((id) => `c_${id.slice(0, 10)}`),
  unknownGroup: 'g_0000000000',
  otherComputer: 'a3f9c2d18e',
};
const INTEGERS = {
  groups: ['101', '102', '103', '104'],
  connections: ['105', '106', '107', '108', '109', '110'],
  unknownGroup: '999',
  otherComputer: '40021987',
};

/** A setting of each profile (README: "Settings") and a value other than the seed's. */
const TERSE = { vncKey: 'depth', vncValue: 24, rdpKey: 'screen', rdpValue: '1280x720' };
const CLASSIC = { vncKey: 'color_depth', vncValue: 8, rdpKey: 'resolution', rdpValue: '1280x720' };

export const PRESETS: Preset[] = [
  preset('bare', { ...seed(INTEGERS), ...TERSE }),
  preset('loose', { ...seed(UUIDS), ...TERSE }),
  preset('wrapped-other', { ...seed(HEX), ...CLASSIC }),
  preset('strict', { ...seed(PREFIXED), ...CLASSIC }),
  preset('default', { ...seed(UUIDS), ...CLASSIC }),
];
