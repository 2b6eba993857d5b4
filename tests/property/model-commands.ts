import fc from 'fast-check';
import { ApiCommand, type Step } from './api-command.js';
import { type ApiModel, choose, groupHolds, offeredActions, patchComputerConnection, rememberCredentials } from './api-model.js';
import type { ApiSchemas, Schema } from './openapi-schemas.js';
import { type Tweaks, validValue } from './schema-arbitraries.js';

type Body = Record<string, any>;
/** Which item a command is about: the `pick`-th that exists if `existing`, else the id `other`. */
interface Target {
  pick: number;
  existing: boolean;
  other: string;
}

/** What the command factories share: arbitraries from the document, and id resolution against the model. */
interface Kit {
  schemas: ApiSchemas;
  mark: string;
  value<T = Body>(schema: Schema): fc.Arbitrary<T>;
  uid: fc.Arbitrary<Target>;
  computer: fc.Arbitrary<Target>;
  link: fc.Arbitrary<Target>;
  groupOf(m: ApiModel, t: Target): string;
  connectionOf(m: ApiModel, t: Target): string;
  computerOf(m: ApiModel, t: Target): string;
  linkOf(m: ApiModel, computerId: string, t: Target): string;
}

const json = (value: unknown) => JSON.stringify(value) ?? '';
const command = (label: string, plan: (m: ApiModel) => Step) => new ApiCommand(label, plan);
/** Mostly an item that exists, sometimes an id that (almost surely) does not. */
const mostly = fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) });

/** Valid requests of every operation that changes something, their outcome predicted by the model. */
export function modelCommands(schemas: ApiSchemas, tweaks: Tweaks, mark: string): Array<fc.Arbitrary<ApiCommand>> {
  const value = <T = Body>(schema: Schema) => validValue(schema, tweaks) as fc.Arbitrary<T>;
  const target = (schema: Schema): fc.Arbitrary<Target> => fc.record({ pick: fc.nat(), existing: mostly, other: value<string>(schema) });
  const kit: Kit = {
    schemas,
    mark,
    value,
    uid: target(schemas.component('Uid')),
    computer: target(schemas.component('ComputerId')),
    link: target(schemas.component('ComputerConnectionId')),
    groupOf: (m, t) => choose(m.groups.keys(), t.pick, t.existing, t.other),
    connectionOf: (m, t) => choose(m.connections.keys(), t.pick, t.existing, t.other),
    computerOf: (m, t) => choose(m.computers.keys(), t.pick, t.existing, t.other),
    linkOf: (m, id, t) => choose(m.computers.get(id)?.connections.keys() ?? [], t.pick, t.existing, t.other),
  };
  return [...groupCommands(kit), ...connectionCommands(kit), ...computerCommands(kit), ...actionCommands(kit)];
}

/** The status of an update that names an item and maybe a group: 404 before 422. */
const updateStatus = (exists: boolean, m: ApiModel, body: Body) =>
  !exists ? 404 : body.category_uid !== undefined && !m.groups.has(body.category_uid) ? 422 : 200;

/** The body with its `category_uid`, if it has one, aimed at a group of the model (or not). */
const aimed = (kit: Kit, m: ApiModel, body: Body, group: Target) =>
  body.category_uid === undefined ? body : { ...body, category_uid: kit.groupOf(m, group) };

function groupCommands(kit: Kit): Array<fc.Arbitrary<ApiCommand>> {
  const create = kit.value(kit.schemas.body('createGroup')).map((body) =>
    command(`createGroup ${json(body)}`, () => ({
      method: 'PUT',
      path: '/group/',
      body,
      expected: 200,
      apply: (m, answer) => m.groups.set(answer.group_uid, body.name),
    })),
  );
  const rename = fc.tuple(kit.uid, kit.value(kit.schemas.body('renameGroup'))).map(([g, body]) =>
    command(`renameGroup ${json(g)} ${json(body)}`, (m) => {
      const id = kit.groupOf(m, g);
      return {
        method: 'PUT',
        path: `/group/${id}`,
        body,
        expected: m.groups.has(id) ? 200 : 404,
        apply: (model) => model.groups.set(id, body.name),
      };
    }),
  );
  const remove = kit.uid.map((g) =>
    command(`deleteGroup ${json(g)}`, (m) => {
      const id = kit.groupOf(m, g);
      return {
        method: 'DELETE',
        path: `/group/${id}`,
        expected: !m.groups.has(id) ? 404 : groupHolds(m, id) ? 409 : 200,
        apply: (model) => model.groups.delete(id),
      };
    }),
  );
  return [create, create, rename, remove];
}

function connectionCommands(kit: Kit): Array<fc.Arbitrary<ApiCommand>> {
  const create = fc.tuple(kit.uid, kit.value(kit.schemas.body('createConnection'))).map(([g, sent]) =>
    command(`createConnection ${json(g)} ${json(sent)}`, (m) => {
      const body = aimed(kit, m, sent, g);
      const apply = (model: ApiModel, answer: Body) =>
        model.connections.set(answer.uid, { name: body.name, category_uid: body.category_uid, protocol: null, credentials: {} });
      return { method: 'PUT', path: '/connection/', body, expected: m.groups.has(body.category_uid) ? 200 : 422, apply };
    }),
  );
  const update = fc.tuple(kit.uid, kit.uid, kit.value(kit.schemas.body('updateConnection'))).map(([c, g, sent]) =>
    command(`updateConnection ${json(c)} ${json(g)} ${json(sent)}`, (m) => {
      const id = kit.connectionOf(m, c);
      const body = aimed(kit, m, sent, g);
      return {
        method: 'PUT',
        path: `/connection/${id}`,
        body,
        expected: updateStatus(m.connections.has(id), m, body),
        apply: (model) => Object.assign(model.connections.get(id)!, body),
      };
    }),
  );
  const setCredentials = fc.tuple(kit.uid, kit.value(kit.schemas.body('setConnectionCredentials'))).map(([c, body]) =>
    command(`setConnectionCredentials ${json(c)} ${json(body)}`, (m) => {
      const id = kit.connectionOf(m, c);
      rememberCredentials(m, body, kit.mark);
      const apply = (model: ApiModel) => Object.assign(model.connections.get(id)!.credentials, body);
      return { method: 'PUT', path: `/connection/${id}/credentials`, body, expected: m.connections.has(id) ? 200 : 404, apply };
    }),
  );
  const remove = fc.tuple(kit.uid, fc.boolean()).map(([c, onlyCredentials]) =>
    command(`deleteConnection${onlyCredentials ? 'Credentials' : ''} ${json(c)}`, (m) => {
      const id = kit.connectionOf(m, c);
      const apply = (model: ApiModel) => (onlyCredentials ? (model.connections.get(id)!.credentials = {}) : model.connections.delete(id));
      return {
        method: 'DELETE',
        path: `/connection/${id}${onlyCredentials ? '/credentials' : ''}`,
        expected: m.connections.has(id) ? 200 : 404,
        apply,
      };
    }),
  );
  return [create, create, update, setCredentials, remove];
}

function computerCommands(kit: Kit): Array<fc.Arbitrary<ApiCommand>> {
  const bodyFor = (type: string) => kit.value(kit.schemas.bodyFor('updateComputerConnection', type));
  const patches = fc.record({ VNC: bodyFor('VNC'), RDP: bodyFor('RDP'), NEAR: bodyFor('NEAR') });
  const update = fc.tuple(kit.computer, kit.uid, kit.value(kit.schemas.body('updateComputer'))).map(([k, g, sent]) =>
    command(`updateComputer ${json(k)} ${json(g)} ${json(sent)}`, (m) => {
      const id = kit.computerOf(m, k);
      const body = aimed(kit, m, sent, g);
      return {
        method: 'PUT',
        path: `/computer/${id}`,
        body,
        expected: updateStatus(m.computers.has(id), m, body),
        apply: (model) => Object.assign(model.computers.get(id)!, body),
      };
    }),
  );
  const remove = kit.computer.map((k) =>
    command(`deleteComputer ${json(k)}`, (m) => {
      const id = kit.computerOf(m, k);
      return {
        method: 'DELETE',
        path: `/computer/${id}`,
        expected: m.computers.has(id) ? 200 : 404,
        apply: (model) => model.computers.delete(id),
      };
    }),
  );
  const patch = fc.tuple(kit.computer, kit.link, patches).map(([k, l, bodies]) =>
    command(`updateComputerConnection ${json(k)} ${json(l)} ${json(bodies)}`, (m) => {
      const id = kit.computerOf(m, k);
      const link = kit.linkOf(m, id, l);
      const body = bodies[link.split('_')[0] as keyof typeof bodies];
      rememberCredentials(m, body, kit.mark);
      return {
        method: 'PUT',
        path: `/computer/${id}/${link}`,
        body,
        expected: m.computers.has(id) ? 200 : 404,
        apply: (model) => patchComputerConnection(model, id, link, body),
      };
    }),
  );
  const removeLink = fc.tuple(kit.computer, kit.link, fc.boolean()).map(([k, l, onlyCredentials]) =>
    command(`deleteComputerConnection${onlyCredentials ? 'Credentials' : ''} ${json(k)} ${json(l)}`, (m) => {
      const id = kit.computerOf(m, k);
      const link = kit.linkOf(m, id, l);
      const found = m.computers.get(id)?.connections.get(link);
      const apply = (model: ApiModel) => (onlyCredentials ? (found!.credentials = {}) : model.computers.get(id)!.connections.delete(link));
      return {
        method: 'DELETE',
        path: `/computer/${id}/${link}${onlyCredentials ? '/credentials' : ''}`,
        expected: found ? 200 : 404,
        apply,
      };
    }),
  );
  return [update, remove, patch, patch, removeLink];
}

function actionCommands(kit: Kit): Array<fc.Arbitrary<ApiCommand>> {
  const connect = fc.tuple(kit.uid, fc.constantFrom(undefined, {})).map(([c, body]) =>
    command(`connectConnection ${json(c)} ${json(body)}`, (m) => {
      const id = kit.connectionOf(m, c);
      return { method: 'ACTION', path: `/connection/${id}/connect`, body, expected: m.connections.has(id) ? 200 : 404 };
    }),
  );
  const actions = fc.constantFrom('chat', 'control', 'curtain', 'observe', 'ft');
  const run = fc.tuple(kit.computer, kit.link, actions).map(([k, l, action]) =>
    command(`computer ACTION ${json(k)} ${json(l)} ${action}`, (m) => {
      const id = kit.computerOf(m, k);
      const link = kit.linkOf(m, id, l);
      const links = m.computers.get(id)?.connections;
      const name = action === 'chat' ? 'chat' : `${link}/${action}`;
      const expected = !links || (action !== 'chat' && !links.has(link)) ? 404 : offeredActions(links.keys()).includes(name) ? 200 : 409;
      return { method: 'ACTION', path: `/computer/${id}/${name}`, expected };
    }),
  );
  return [connect, run, run];
}
