import { describe, expect, it } from 'vitest';
import { SequencedJournal } from './sequenced-journal.js';

const journal = () => new SequencedJournal<{ seq: number; name: string }>(2, (entry) => entry.name.length);

describe('SequencedJournal', () => {
  it('numbers entries, keeps the last ones, and keeps counting across a clear', () => {
    const j = journal();
    for (const name of ['a', 'b', 'c']) j.add((seq) => ({ seq, name }));
    expect(j.select(() => true)).toEqual([
      { seq: 2, name: 'b' },
      { seq: 3, name: 'c' },
    ]);
    j.clear();
    expect(j.add((seq) => ({ seq, name: 'd' })).seq).toBe(4);
  });

  it('counts from 1 again after a reset', () => {
    const j = journal();
    j.add((seq) => ({ seq, name: 'a' }));
    j.reset();
    expect(j.add((seq) => ({ seq, name: 'b' })).seq).toBe(1);
  });

  it('restores a saved state exactly, and the save does not share entries with the journal', () => {
    const j = journal();
    j.add((seq) => ({ seq, name: 'a' }));
    const saved = j.save();
    j.add((seq) => ({ seq, name: 'b' }));
    saved.entries[0]!.name = 'changed in the copy';
    j.load({ entries: [{ seq: 1, name: 'a' }], seq: 1 });
    expect(j.select(() => true)).toEqual([{ seq: 1, name: 'a' }]);
    expect(j.add((seq) => ({ seq, name: 'c' })).seq).toBe(2);
  });
});

describe('SequencedJournal bytes', () => {
  it('counts the sizes of the entries it keeps, not of those it dropped or cleared', () => {
    const j = new SequencedJournal<{ seq: number; name: string }>(2, (entry) => entry.name.length);
    for (const name of ['a', 'bb', 'cccc']) j.add((seq) => ({ seq, name }));
    expect(j.bytes).toBe(6);
    j.load({ entries: [{ seq: 1, name: 'xyz' }], seq: 1 });
    expect(j.bytes).toBe(3);
    j.clear();
    expect(j.bytes).toBe(0);
  });
});
