import { describe, expect, it } from 'vitest';
import type { UserRule } from '../../../../src/core/model/validation-settings.ts';
import { ValidationSettings } from '../../../../src/core/model/validation-settings.ts';
import { changed, element, findingsOf, relation } from '../fixtures.ts';

/** The clean model with one user rule (parsed as a stored file would be). */
const withRule = (rule: Record<string, unknown>, recipe: Parameters<typeof changed>[0] = () => {}) =>
  changed((d) => {
    recipe(d);
    d.validation.rules.push(
      ValidationSettings.parse({ rules: [{ title: 'House rule', ...rule }] }).rules[0] as UserRule,
    );
  });

describe('user rule: required property', () => {
  const rule = {
    id: 'channel',
    kind: 'required-property',
    appliesTo: 'category:process',
    property: 'channel',
    severity: 'error',
  };

  it("reports an element of the type without a value, under the id user.<id> and the rule's severity", () => {
    const [finding] = findingsOf('user.channel', withRule(rule));
    expect(finding).toMatchObject({ severity: 'error', elements: ['p1'], principle: 'correctness' });
    expect(finding!.message).toBe('Delivery process "Handle inquiry" has no value for "Channel" (rule "House rule").');
  });

  it('is satisfied by a value', () => {
    expect(
      findingsOf(
        'user.channel',
        withRule(rule, (d) => void (d.elements[0]!.properties.channel = 'phone')),
      ),
    ).toEqual([]);
  });
});

describe('user rule: count per lane', () => {
  const rule = { id: 'two-objects', kind: 'count', appliesTo: 'category:business-object', per: 'area', min: 3 };

  it('reports a lane with too few elements of the type', () => {
    expect(findingsOf('user.two-objects', withRule(rule))).toMatchObject([
      {
        subjects: ['operations'],
        elements: ['o1', 'o2'],
        message: 'The area "Operations" holds 2 × Business object, fewer than 3 (rule "House rule").',
      },
    ]);
  });

  it('reports a lane with too many, and accepts one within the bounds', () => {
    expect(findingsOf('user.two-objects', withRule({ ...rule, min: undefined, max: 1 }))[0]!.message).toMatch(
      /holds 2 × Business object, more than 1/,
    );
    expect(findingsOf('user.two-objects', withRule({ ...rule, min: 1, max: 2 }))).toEqual([]);
  });
});

describe('user rule: naming pattern', () => {
  const rule = { id: 'short', kind: 'naming', appliesTo: 'inquiry', pattern: '^\\p{Lu}\\p{Ll}{0,9}$' };

  it('reports a name that does not match', () => {
    const doc = withRule(rule, (d) => void (d.elements[1]!.name = 'Inquiry from a customer'));
    expect(findingsOf('user.short', doc)).toMatchObject([{ elements: ['o1'], principle: 'comparability' }]);
    expect(findingsOf('user.short', withRule(rule))).toEqual([]);
  });

  it('turns a broken pattern into one finding instead of a crash', () => {
    const [finding] = findingsOf('user.short', withRule({ ...rule, pattern: '[unclosed' }));
    expect(finding).toMatchObject({ subjects: ['short'] });
    expect(finding!.message).toMatch(
      /^The rule "House rule" cannot be checked: its pattern \/\[unclosed\/ is unusable because it is not a valid regular expression/,
    );
  });
});

describe('user rule: required relation', () => {
  const rule = {
    id: 'stored',
    kind: 'required-relation',
    appliesTo: 'inquiry',
    relation: 'stores',
    direction: 'incoming',
    other: 'category:information-system',
  };

  it('reports an element without the relation to an element of the other type', () => {
    expect(findingsOf('user.stored', withRule(rule))).toMatchObject([
      {
        elements: ['o1'],
        message: 'Inquiry "Inquiry" has no "stores" relation from an Information system (rule "House rule").',
      },
    ]);
  });

  it('is satisfied by the relation', () => {
    const doc = withRule(rule, (d) => {
      d.elements.push(element('s1', 'operational-crm-system', { name: 'CRM suite' }));
      d.relations.push(relation('x9', 'stores', 's1', 'o1'));
    });
    expect(findingsOf('user.stored', doc)).toEqual([]);
  });
});

describe('user rules in settings', () => {
  it('cannot be stored without a bound or with min above max', () => {
    const bad = (extra: object) =>
      ValidationSettings.safeParse({
        rules: [{ id: 'c', title: 'C', kind: 'count', appliesTo: 'lead', per: 'role', ...extra }],
      }).success;
    expect(bad({})).toBe(false);
    expect(bad({ min: 3, max: 1 })).toBe(false);
    expect(bad({ max: 1 })).toBe(true);
  });
});
