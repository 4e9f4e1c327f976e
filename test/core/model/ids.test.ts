import { describe, expect, it } from 'vitest';
import { numberedId, slug, uniqueId } from '../../../src/core/model/ids.ts';
import { Id } from '../../../src/core/model/primitives.ts';

describe('readable ids', () => {
  it('turns names into lower-case ASCII words', () => {
    expect(slug('Complaint Management')).toBe('complaint-management');
    expect(slug('  Größe / Übersicht  ')).toBe('grosse-ubersicht');
    expect(slug('Plan? Schedule?')).toBe('plan-schedule');
  });

  it('keeps a free prefix and numbers a taken one from 2', () => {
    expect(uniqueId(`p-${slug('Complaint management')}`, new Set())).toBe('p-complaint-management');
    expect(uniqueId('p-complaint-management', new Set(['p-complaint-management']))).toBe('p-complaint-management-2');
    expect(uniqueId('lead', new Set(['lead', 'lead-2']))).toBe('lead-3');
  });

  it('numbers kinds from 1 with the smallest free number', () => {
    expect(numberedId('goal', new Set(['goal-1', 'goal-2']))).toBe('goal-3');
    expect(numberedId('goal', new Set(['goal-2']))).toBe('goal-1');
  });

  it('always yields a valid id, whatever the prefix', () => {
    for (const prefix of ['', '2nd line', '---', 'ä'.repeat(150), 'r-a.b_c', '💬 chat']) {
      const id = uniqueId(prefix, new Set());
      expect(Id.safeParse(id).success, `${prefix} → ${id}`).toBe(true);
      expect(Id.safeParse(numberedId(prefix, new Set())).success).toBe(true);
    }
    expect(uniqueId('2nd line', new Set())).toBe('x-2nd-line');
  });

  it('is deterministic: the same request gives the same id', () => {
    const taken = new Set(['goal-1']);
    expect(numberedId('goal', taken)).toBe(numberedId('goal', taken));
  });
});
