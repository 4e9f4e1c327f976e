import { describe, expect, it } from 'vitest';
import { changed, cleanModel, findingsOf } from '../fixtures.ts';

describe('validation.settings', () => {
  it('reports an unknown profile, and overrides or suppressions naming rules that do not exist', () => {
    const doc = changed((d) => {
      d.validation.profile = 'strict';
      d.validation.overrides = { 'naming.duplicates': 'off' };
      d.validation.suppressions = [{ rule: 'lane.emtpy', target: 'sales', reason: 'Filled later.' }];
    });
    expect(findingsOf('validation.settings', doc).map((f) => f.message)).toEqual([
      'The model asks for the validation profile "strict", which Refmod does not have; the default profile is used.',
      'A severity override names the rule "naming.duplicates", which does not exist.',
      'A suppression for "sales" names the rule "lane.emtpy", which does not exist.',
    ]);
  });

  it('reports a user rule that names no type, relation or property', () => {
    const doc = changed((d) => {
      d.validation.rules = [
        {
          id: 'r1',
          title: 'Stored',
          severity: 'warning',
          hint: '',
          kind: 'required-relation',
          appliesTo: 'inquriy',
          relation: 'keeps',
          direction: 'outgoing',
          other: 'category:information-system',
        },
        {
          id: 'r2',
          title: 'Priority',
          severity: 'warning',
          hint: '',
          kind: 'required-property',
          appliesTo: 'inquiry',
          property: 'priority',
        },
      ];
    });
    expect(findingsOf('validation.settings', doc).map((f) => f.message)).toEqual([
      'The rule "Stored" cannot work as meant: "inquriy" names no element type of the metamodel; "keeps" is not a relation type.',
      'The rule "Priority" cannot work as meant: no Inquiry has the property "priority".',
    ]);
  });

  it('is quiet about settings that name what exists', () => {
    const doc = changed((d) => {
      d.validation.profile = 'publication';
      d.validation.overrides = { 'naming.duplicate': 'off' };
    });
    expect(findingsOf('validation.settings', doc)).toEqual([]);
    expect(findingsOf('validation.settings', cleanModel())).toEqual([]);
  });
});
