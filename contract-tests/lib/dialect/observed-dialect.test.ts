import { describe, expect, it } from 'vitest';
import { createLearned, learnAllow, learnError, learnId, learnItem, learnList, learnName, learnPolicy } from '../shapes/learned.js';
import { learnedReport } from '../shapes/learned-report.js';
import { errorBodyOf } from './dialect-errors.js';
import { idShapeOf } from './dialect-ids.js';
import { observedDialect } from './observed-dialect.js';

const source = (learned: ReturnType<typeof createLearned>) => ({
  runId: 'rc-1',
  label: 'Remotix 6.4',
  target: { url: 'http://10.0.0.5:8080' },
  learned: learnedReport(learned),
});

describe('idShapeOf', () => {
  it('keeps a shared prefix and separators, and makes a class of the rest', () => {
    const shape = idShapeOf(['g_e4fdc63b85', 'g_200b3b1f80', 'g_7cf414196b']);
    expect(shape).toEqual({ pattern: '^g_[0-9a-f]{10}$', new: { kind: 'random', template: 'g_XXXXXXXXXX', alphabet: '0123456789abcdef' } });
    expect(idShapeOf(['0123-CDEF', '4A5B-0C1D'])?.pattern).toBe('^[0-9A-F]{4}-[0-9A-F]{4}$');
  });

  it('knows UUIDs, counters and ids of several lengths', () => {
    expect(idShapeOf(['711faffe-2164-47e4-a0e1-c22d2f3f45ad'])).toMatchObject({ new: { kind: 'uuid', case: 'lower' } });
    expect(idShapeOf(['7', '12', '130'])).toEqual({ pattern: '^[0-9]+$', new: { kind: 'counter', start: 1 } });
    const mixed = idShapeOf(['123456', 'lyon-kiosk-07']);
    expect(mixed?.pattern).toBe('^[0-9a-z\\-]+$');
    for (const id of ['123456', 'lyon-kiosk-07']) expect(new RegExp(mixed!.pattern, 'u').test(id)).toBe(true);
    // Only five examples are kept: the lengths and kinds of character of every id widen the shape.
    const widened = idShapeOf(['0123-CDEF', '4A5B-0C1D'], { lengths: { min: 9, max: 11 }, characters: ['-', 'digits', 'upper-hex'] });
    expect(widened?.pattern).toBe('^[0-9A-Z\\-]+$');
    expect(idShapeOf(['12', '13'], { lengths: { min: 1, max: 3 }, characters: ['digits'] })).toMatchObject({ pattern: '^[0-9]+$' });
  });
});

describe('errorBodyOf', () => {
  it('turns a message into {{detail}} and the status into {{status}}, and keeps codes', () => {
    const answer = {
      status: 404,
      contentType: 'application/json',
      bodyKeys: [],
      example: { message: 'no such group', code: 'not_found', status: 404 },
    };
    expect(errorBodyOf(answer)).toEqual({ kind: 'json', value: { message: '{{detail}}', code: 'not_found', status: '{{status}}' } });
    expect(errorBodyOf({ ...answer, example: 'not found' })).toEqual({ kind: 'text', value: '{{detail}}' });
    expect(errorBodyOf({ ...answer, example: '' })).toEqual({ kind: 'none' });
    const problem = { type: 'urn:x:problem:not-found', title: 'Not Found', status: 404, detail: 'no group A' };
    expect(errorBodyOf({ ...answer, example: problem }, 'not-found')).toEqual({ kind: 'problem', typePrefix: 'urn:x:problem:' });
    expect(errorBodyOf({ ...answer, example: { title: 'Bad', errors: [{ path: '/name' }] } })).toEqual({
      kind: 'json',
      value: { title: '{{title}}', errors: '{{errors}}' },
    });
  });
});

describe('observedDialect', () => {
  it('writes what it learned, each entry marked observed, and leaves what it did not try to the default', () => {
    const learned = createLearned();
    learnList(
      learned,
      'groups',
      { at: '/data', items: 'objects', idKey: 'key', nameKey: 'label' },
      { key: 'g_0a1b2c3d4e', label: 'Office' },
    );
    learnItem(learned, 'group', { idKey: 'key', nameKey: 'label' }, { key: 'g_0a1b2c3d4e', label: 'Office', created_at: 'x' });
    for (const id of ['g_0a1b2c3d4e', 'g_5f6a7b8c9d']) learnId(learned, 'group', id);
    learnPolicy(learned, 'non-empty-group-delete', { outcome: 'allowed', httpStatus: 200, detail: 'its connection was deleted with it' });
    learnPolicy(learned, 'partial-computer-update', { outcome: 'refused', httpStatus: 400, detail: 'PUT /computer/1 with only name' });
    learnError(learned, 'not-found', 404, 'application/json', { error: 'nope' });
    learned.successBodies.set('createGroup', {
      contentType: 'application/json',
      example: { group_uid: 'g_0a1b2c3d4e', key: 'g_0a1b2c3d4e' },
    });
    learned.successBodies.set('createConnection', { contentType: 'application/json', example: { uid: 'c_1' } });
    learned.successBodies.set('deleteGroup', { contentType: null, example: '' });
    const dialect = observedDialect(source(learned));
    expect(dialect).toMatchObject({
      version: 1,
      ids: { group: { type: 'string', pattern: '^g_[0-9a-f]{10}$' } },
      items: { group: { fields: { id: 'key', name: 'label' }, extra: { created_at: { stamp: 'created' } } } },
      answers: {
        listGroups: { at: '/data' },
        createGroup: { body: { kind: 'item', with: { group_uid: '{{id}}' } } },
        createConnection: { body: { kind: 'json', value: { uid: '{{id}}' } } },
        deleteGroup: { body: { kind: 'none' }, contentType: null },
      },
      groups: { deleteNonEmpty: 'cascade' },
      errors: { byKind: { 'not-found': { status: 404, body: { kind: 'json', value: { error: '{{detail}}' } } } } },
      requests: { partialUpdate: { updateComputer: 'refuse' } },
      about: { runId: 'rc-1', observed: { 'empty-credentials-read': { status: 'not-tried' } } },
    });
    const provenance = dialect.provenance as Record<string, unknown>;
    expect(provenance['/answers/listGroups/at']).toBe('observed');
    expect(provenance['/items/group/extra']).toMatchObject({ status: 'assumed' });
    expect(provenance['/settings/null']).toMatchObject({ status: 'not-tried' });
    expect(provenance['/paths/trailingSlash']).toMatchObject({ status: 'not-tried' });
    expect(dialect).not.toHaveProperty('settings');
    expect(dialect).not.toHaveProperty('paths');
  });

  it("shows no group record when a group's answer is its list of items, and the record under the key it was found at", () => {
    const bare = createLearned();
    const tag = (kind: string) => ({ uid: '7', name: 'x', kind });
    learnList(bare, 'group-connections', { at: '', items: 'objects', idKey: 'uid' }, tag('connection'));
    learnList(bare, 'group-computers', { at: '', items: 'objects', idKey: 'uid' }, tag('computer'));
    // The mock refuses `at: []` with a shown group: the list needs a key.
    expect(observedDialect(source(bare)).answers).toMatchObject({ getGroup: { layout: 'mixed', at: '', group: false } });
    const wrapped = createLearned();
    learnList(wrapped, 'group-connections', { at: '/contents/connections', items: 'objects', idKey: 'key' });
    learnList(wrapped, 'group-record', { at: '/group', items: 'objects', idKey: 'key' });
    expect(observedDialect(source(wrapped)).answers).toMatchObject({ getGroup: { layout: 'separate', group: '/group' } });
    // Found somewhere unknown: not tried, the default stands.
    wrapped.lists['group-record']!.at = null;
    const unknown = observedDialect(source(wrapped));
    expect(unknown.answers).not.toHaveProperty('getGroup.group');
    expect((unknown.provenance as Record<string, unknown>)['/answers/getGroup/group']).toMatchObject({ status: 'not-tried' });
  });

  it("writes a computer's connection named by its type with one key, the type's", () => {
    const learned = createLearned();
    const example = { connection_type: 'VNC', port: 5900, path: '/computer/1/VNC' };
    learnList(learned, 'computer-connections', { at: '/data', items: 'objects', idKey: 'connection_type', idFrom: 'value' }, example);
    const dialect = observedDialect(source(learned));
    // Two fields writing connection_type: the mock refuses such a dialect.
    expect(dialect.items).toMatchObject({
      computerConnection: { style: 'objects', fields: { id: null, type: 'connection_type', port: 'port' }, extra: { path: {} } },
    });
    expect((dialect.provenance as Record<string, unknown>)['/items/computerConnection/fields']).toMatchObject({ status: 'observed' });
  });

  it("writes where the actions list is, and the key of the computer's own actions in a map", () => {
    const learned = createLearned();
    const body = { VNC: ['control'], NEAR: ['control', 'ft'], computer: ['chat'] };
    learnList(learned, 'computer-actions', { at: '', items: 'mixed', idKey: null, form: 'path-tails+per-connection' }, body);
    const dialect = observedDialect(source(learned));
    expect(dialect).toMatchObject({
      answers: { listComputerActions: { at: '' } },
      items: { action: { style: 'map', own: 'computer' } },
      actions: { chatPosition: 'last' },
    });
    const first = createLearned();
    learnList(
      first,
      'computer-actions',
      { at: '/data', items: 'mixed', idKey: null, form: 'objects' },
      { data: [{ action: 'chat' }, { action: 'control' }] },
    );
    expect(observedDialect(source(first)).actions).toEqual({ chatPosition: 'first' });
    const alone = createLearned();
    learnList(alone, 'computer-actions', { at: '', items: 'mixed', idKey: null, form: 'path-tails' }, ['chat']);
    expect(observedDialect(source(alone))).not.toHaveProperty('actions.chatPosition');
  });

  it('writes a missing body, a trailing slash, an unknown path, the Allow header and the name limits as they were answered', () => {
    const learned = createLearned();
    learnError(learned, 'missing-body', 200, 'application/json', true);
    learnPolicy(learned, 'trailing-slash', { outcome: 'same-answer', httpStatus: 200, detail: 'GET /groups/ answered 200' });
    learnError(learned, 'unknown-path', 404, 'text/json', { error: 'unknown path /x' });
    learnError(learned, 'unsupported-method', 405, 'text/json', { error: 'POST is not supported' });
    learnAllow(learned, 'unsupported-method', ['GET'], 'GET');
    learnAllow(learned, 'unsupported-method', ['GET', 'PUT', 'DELETE'], 'DELETE, GET, PUT');
    const schema = { type: 'string', minLength: 1, maxLength: 255, pattern: '^[^\\x00]*$', 'x-remotix-source': 'assumed' };
    learnName(learned, 'name-too-long', 'x'.repeat(300), 200, schema);
    learnName(learned, 'empty-name', '', 400, schema);
    const dialect = observedDialect(source(learned));
    expect(dialect).toMatchObject({
      paths: { trailingSlash: 'tolerant' },
      requests: { missingBody: 'empty-object', values: { name: { type: 'string', minLength: 1, pattern: '^[^\\x00]*$' } } },
      errors: {
        byKind: {
          'unknown-path': { status: 404, contentType: 'text/json', body: { kind: 'json', value: { error: '{{detail}}' } } },
          'method-not-allowed': { status: 405, allow: true, allowHead: false, allowOrder: 'sorted' },
        },
      },
    });
    expect(dialect).not.toHaveProperty('requests.values.name.maxLength');
    expect(dialect).not.toHaveProperty('requests.values.name.x-remotix-source');
    const provenance = dialect.provenance as Record<string, unknown>;
    for (const pointer of [
      '/paths/trailingSlash',
      '/requests/missingBody',
      '/requests/values/name',
      '/errors/byKind/method-not-allowed/allowOrder',
    ])
      expect(provenance[pointer]).toMatchObject({ status: 'observed' });

    // Refused, with no Allow header: a missing body is a validation error, the header is not sent.
    const strict = createLearned();
    learnError(strict, 'missing-body', 422, 'text/plain', 'error: a JSON object body is required');
    learnPolicy(strict, 'trailing-slash', { outcome: 'refused', httpStatus: 404, detail: 'GET /groups/ answered 404' });
    learnError(strict, 'unsupported-method', 405, null, '');
    learnAllow(strict, 'unsupported-method', ['GET', 'PUT', 'DELETE'], null);
    learnName(strict, 'empty-name', '', 200, schema);
    const refused = observedDialect(source(strict));
    expect(refused).toMatchObject({
      paths: { trailingSlash: 'strict' },
      requests: { missingBody: 'refuse', values: { name: { maxLength: 255 } } },
      errors: { byKind: { validation: { status: 422, body: { kind: 'text' } }, 'method-not-allowed': { allow: false } } },
    });
    expect(refused).not.toHaveProperty('requests.values.name.minLength');
    expect(refused).not.toHaveProperty('errors.byKind.method-not-allowed.allowHead');
  });

  it('writes only the version, about and provenance of a run that learned nothing', () => {
    const dialect = observedDialect(source(createLearned()));
    expect(Object.keys(dialect).sort()).toEqual(['$schema', 'about', 'provenance', 'version']);
    expect(Object.values(dialect.provenance as object).every((p) => p === 'observed' || p.status !== 'observed')).toBe(true);
  });
});
