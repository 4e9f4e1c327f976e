import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/core/model/migrations.ts';

describe('migrations', () => {
  const chain = {
    1: (d: Record<string, unknown>) => ({ ...d, renamed: d.old, old: undefined }),
    2: (d: Record<string, unknown>) => ({ ...d, added: true }),
  };

  it('takes a document through every step up to the current version', () => {
    expect(migrate({ formatVersion: 1, old: 'x' }, chain, 3)).toEqual({
      ok: true,
      from: 1,
      document: { formatVersion: 3, renamed: 'x', old: undefined, added: true },
    });
  });

  it('leaves a current document as it is', () => {
    expect(migrate({ formatVersion: 3, a: 1 }, chain, 3)).toEqual({
      ok: true,
      from: 3,
      document: { formatVersion: 3, a: 1 },
    });
  });

  it('says so when a step of the chain is missing', () => {
    const result = migrate({ formatVersion: 1 }, { 2: chain[2] }, 3);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toBe('No migration from format 1 to 2 exists.');
  });
});
