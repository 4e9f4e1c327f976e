import { describe, expect, it } from 'vitest';
import { presentationOf } from '../../../src/core/diagram/present.ts';
import { shippedModel } from '../../support/models.ts';

describe('a presentation of a view', () => {
  it('starts on the process map and then shows each cell that holds something, row by row', () => {
    const doc = shippedModel();
    const slides = presentationOf(
      doc,
      doc.views.find((v) => v.id === 'full')!,
    );
    expect(slides[0]).toEqual({ kind: 'map' });
    expect(slides.slice(1).map((s) => (s.kind === 'cell' ? s.title : ''))).toEqual([
      'Client · Sales',
      'Client · Management',
      'Client · Operations',
      'Provider · Sales',
      'Provider · Management',
      'Provider · Operations',
      'Customer · Sales',
      'Customer · Operations',
    ]);
  });
});
