import { describe, expect, it } from 'vitest';
import { chooseArray, listReadable, locate, mapCandidates, recordOf, recordPlace } from './read-lists.js';

describe('locate', () => {
  it('finds an item by its id wherever the list puts it, a number or a string', () => {
    expect(locate({ data: { items: [{ key: 'g-1', label: 'A' }] } }, 'g-1', undefined)).toMatchObject({
      item: { key: 'g-1' },
      key: 'key',
      arrayAt: '/data/items',
    });
    expect(locate([{ id: 123456, kind: 'computer' }], '123456', undefined)).toMatchObject({ key: 'id', arrayAt: '' });
    expect(locate(['a', 'b'], 'b', undefined)).toMatchObject({ item: undefined, arrayAt: '' });
  });

  it('prefers the learned id key and an item of a list over a reference to the id elsewhere', () => {
    const body = { group: { id: 'g-1' }, items: [{ id: 'c-1', parent_uid: 'g-1' }] };
    expect(locate(body, 'g-1', 'parent_uid')).toMatchObject({ key: 'parent_uid', arrayAt: '/items' });
  });

  it('finds an item in a list keyed by id', () => {
    expect(locate({ groups: { 'g-1': { title: 'A' } } }, 'g-1', undefined)).toMatchObject({ item: { title: 'A' }, key: null });
    expect(mapCandidates({ groups: { 'g-1': { title: 'A' }, 'g-2': { title: 'B' } } }).at(-1)).toMatchObject({
      at: '/groups',
      keys: ['g-1', 'g-2'],
    });
  });
});

describe('chooseArray and listReadable', () => {
  it('takes the learned place, else the shallowest array, a name that fits breaking ties', () => {
    expect(chooseArray({ errors: [], groups: [{ id: 1 }] }, undefined, /group/)?.at).toBe('/groups');
    expect(chooseArray({ page: { items: [] } })?.at).toBe('/page/items');
  });

  it('calls an answer with no list unreadable, so that an absence in it means nothing', () => {
    expect(listReadable({ items: [] })).toBe(true);
    expect(listReadable({ message: 'ok' })).toBe(false);
    expect(listReadable('')).toBe(false);
  });
});

describe('recordPlace', () => {
  it('says where the record is: the answer itself or one of its keys, as a JSON Pointer', () => {
    expect(recordPlace({ id: 'g-1', links: [] }, 'g-1')?.at).toBe('');
    expect(recordPlace({ group: { uid: 'g-1' }, contents: {} }, 'g-1')).toEqual({ record: { uid: 'g-1' }, at: '/group' });
    expect(recordPlace({ 'a/b': { uid: 'g-1' } }, 'g-1')?.at).toBe('/a~1b');
    expect(recordPlace([{ uid: 'g-1' }], 'g-1')).toBeUndefined();
  });
});

describe('recordOf', () => {
  it("finds a group's own record in its answer, at the top or one level down, and none in a bare list", () => {
    expect(recordOf({ id: 'g-1', title: 'A', links: [] }, 'g-1')).toMatchObject({ title: 'A' });
    expect(recordOf({ group: { uid: 'g-1' }, contents: {} }, 'g-1')).toEqual({ uid: 'g-1' });
    expect(recordOf([{ id: 'c-1', parent: 'g-1' }], 'g-1')).toBeUndefined();
  });
});
