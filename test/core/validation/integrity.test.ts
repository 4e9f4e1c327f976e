import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/core/io/json.ts';
import { integrityFindings } from '../../../src/core/validation/index.ts';
import { changed, metamodel, relation } from './fixtures.ts';

describe('integrityFindings', () => {
  it('turns the problems of a file with broken references into error findings that name path and missing element', () => {
    const broken = changed((d) => void d.relations.push(relation('x9', 'output', 'p1', 'ghost')));
    const result = importDocument(JSON.stringify(broken), metamodel);
    expect(result).toMatchObject({ ok: false, stage: 'integrity' });
    if (result.ok) return;
    const findings = integrityFindings(result.errors);
    expect(findings[0]!.hint).toMatch(/broken link/);
    expect(findings).toEqual([
      {
        rule: 'reference.dangling',
        severity: 'error',
        message: 'relations[4].target: Relation "x9" points to the element "ghost", which does not exist.',
        elements: [],
        relations: [],
        hint: findings[0]!.hint,
        principle: 'correctness',
        step: 'process-structure',
      },
    ]);
  });
});
