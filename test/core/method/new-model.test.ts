import { describe, expect, it } from 'vitest';
import { exportDocument, importDocument } from '../../../src/core/io/json.ts';
import { crmBpoMetamodel } from '../../../src/core/metamodel/crm-bpo.ts';
import { newModel } from '../../../src/core/method/new-model.ts';
import { AT, model } from './support.ts';

describe('newModel', () => {
  it('is an empty model that imports cleanly', () => {
    const doc = model();
    expect(doc.elements).toEqual([]);
    expect(doc.relations).toEqual([]);
    expect(doc.structuralGoals).toEqual([]);
    const imported = importDocument(exportDocument(doc), crmBpoMetamodel);
    if (!imported.ok) expect.fail(imported.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    expect(imported.document).toEqual(doc);
  });

  it('has the default macro structure: Sales, Management, Operations × Client, Provider, Customer', () => {
    const { areas, roles } = model().macroStructure;
    expect(areas.map((a) => a.name)).toEqual(['Sales', 'Management', 'Operations']);
    expect(roles.map((r) => [r.name, r.colour])).toEqual([
      ['Client', '#1f77b4'],
      ['Provider', '#2a9d8f'],
      ['Customer', '#e07b24'],
    ]);
    // Areas are neutral greys: red, green and blue within a few steps of each other.
    for (const { colour } of areas) {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
      expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).toBeLessThan(24);
    }
  });

  it('has one full view showing every element', () => {
    expect(model().views).toEqual([
      {
        id: 'full',
        name: 'Full model',
        perspective: 'full',
        description: 'Every element of the model.',
        elements: 'all',
        positions: {},
      },
    ]);
  });

  it('starts the method at its first step and logs the start', () => {
    expect(model().method).toEqual({
      methodId: 'crm-bpo-construction',
      currentStep: 'structural-goals',
      steps: { 'structural-goals': 'in-progress' },
      log: [{ at: AT, step: 'structural-goals', action: 'entered', note: 'New model', actor: '' }],
    });
    expect(model('schuette-1998').method.currentStep).toBe('problem-definition');
  });

  it('takes name, description, authors and time into the metadata', () => {
    const made = newModel({
      name: '  CRM for Telesales  ',
      description: 'A derived model',
      authors: ['A. Researcher'],
      now: AT,
    });
    if (!made.ok) expect.fail(made.message);
    expect(made.document.meta).toMatchObject({
      id: 'crm-for-telesales',
      name: 'CRM for Telesales',
      description: 'A derived model',
      authors: ['A. Researcher'],
      created: AT,
      modified: AT,
    });
    const numeric = newModel({ name: '2027 model' });
    expect(numeric.ok && numeric.document.meta.id).toBe('m-2027-model');
  });

  it('says why it cannot make a model without a name or with an unknown method', () => {
    expect(newModel({ name: '   ' })).toEqual({ ok: false, message: 'A new model needs a name.' });
    expect(newModel({ name: 'X', methodId: 'waterfall' })).toEqual({
      ok: false,
      message: 'There is no method "waterfall"; choose one of the shipped methods.',
    });
  });
});
