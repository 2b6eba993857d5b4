import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LayeredMap } from './layered-map.js';

type Op = { kind: 'set'; key: number; value: number } | { kind: 'delete'; key: number } | { kind: 'own'; key: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key: fc.nat(12), value: fc.nat(1000) }),
  fc.record({ kind: fc.constant('delete' as const), key: fc.nat(12) }),
  fc.record({ kind: fc.constant('own' as const), key: fc.nat(12) }),
);

/** Applies the operations to a layer and to a plain Map copied from the base: both must agree on everything. */
function check(baseEntries: Array<[number, number]>, ops: Op[]): void {
  const base = new Map(baseEntries.map(([k, v]) => [k, { value: v }]));
  const frozen = structuredClone([...base]);
  const layer = new LayeredMap(base);
  const model = new Map(baseEntries.map(([k, v]) => [k, { value: v }]));
  for (const step of ops) {
    if (step.kind === 'set') {
      layer.set(step.key, { value: step.value });
      model.set(step.key, { value: step.value });
    } else if (step.kind === 'delete') {
      expect(layer.delete(step.key)).toBe(model.delete(step.key));
    } else {
      const mine = layer.own(step.key, (shared) => ({ ...shared }));
      expect(mine).toEqual(model.get(step.key));
      if (mine) mine.value += 1;
      const expected = model.get(step.key);
      if (expected) expected.value += 1;
    }
  }
  expect([...layer.entries()]).toEqual([...model.entries()]);
  expect([...layer.keys()]).toEqual([...model.keys()]);
  expect([...layer.values()]).toEqual([...model.values()]);
  expect(layer.size).toBe(model.size);
  for (let key = 0; key <= 12; key++) expect(layer.get(key)).toEqual(model.get(key));
  expect([...base]).toEqual(frozen);
}

describe('LayeredMap', () => {
  it('reads, writes and iterates exactly as a Map copied from its base would, and never changes the base', () => {
    const entries = fc.uniqueArray(fc.tuple(fc.nat(12), fc.nat(1000)), { selector: ([key]) => key, maxLength: 10 });
    fc.assert(fc.property(entries, fc.array(op, { maxLength: 30 }), check), { numRuns: 500 });
  });

  it('puts an entry of the base that was deleted and set again last, as a Map does', () => {
    const layer = new LayeredMap(
      new Map([
        ['a', 1],
        ['b', 2],
      ]),
    );
    layer.delete('a');
    layer.set('a', 3);
    layer.set('b', 4);
    expect([...layer.entries()]).toEqual([
      ['b', 4],
      ['a', 3],
    ]);
  });

  it('owns only what it changed: a copy of each entry written, and the keys it deleted', () => {
    const shared = { value: 1 };
    const layer = new LayeredMap(
      new Map([
        ['a', shared],
        ['b', { value: 2 }],
      ]),
    );
    expect(layer.owned()).toEqual({ values: [], deleted: [] });
    layer.own('a', (entry) => ({ ...entry }))!.value = 5;
    layer.delete('b');
    expect(shared.value).toBe(1);
    expect(layer.owned()).toEqual({ values: [{ value: 5 }], deleted: ['b'] });
  });
});
