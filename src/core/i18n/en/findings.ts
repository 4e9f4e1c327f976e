import type { ElementRef, Wording } from '../text.ts';
import { patternReason, type PatternReason } from './patterns.ts';
import { labelsIn, propertyProblem, type PropertyProblem } from './properties.ts';

type El = { element: ElementRef };
type Perspective = 'client' | 'customer' | 'internal';
type Lanes = 'areas' | 'roles';
type Missing = { kind: 'area' | 'role' | 'goal'; id: string };
type Lacking = { category: string; have: number; count: number };
/** The names of an element that break naming rules: its own (language '') or a translation, and the rules. */
type Break = { name: string; language: string; rules: readonly { rule: string; example: string }[] };
/** Why a rule of the model's own cannot work as meant. */
export type RuleProblem =
  | { kind: 'duplicate-id'; id: string }
  | { kind: 'no-type'; selector: string }
  | { kind: 'no-relation-type'; relation: string }
  | { kind: 'no-property'; selector: string; property: string };
type ByRule = { rule: string };
type Count = ByRule & { per: 'area' | 'role'; lane: string; count: number; what: string };

const s = (n: number) => (n > 1 ? 's' : '');
const quoted = (ids: readonly string[], w: Wording) => w.list(ids.map((id) => `"${id}"`));
const EXAMPLES: Record<Lanes, string> = { areas: 'Sales, Management, Operations', roles: 'Client, Provider, Customer' };
const MISSING: Record<Missing['kind'], string> = { area: 'the area', role: 'the role', goal: 'the structural goal' };
const by = (p: ByRule) => ` (rule "${p.rule}")`;
const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
function problem(x: RuleProblem, w: Wording): string {
  switch (x.kind) {
    case 'duplicate-id':
      return `another rule has the id "${x.id}"`;
    case 'no-type':
      return `"${x.selector}" names no element type of the metamodel`;
    case 'no-relation-type':
      return `"${x.relation}" is not a relation type`;
    case 'no-property':
      return `no ${w.selector(x.selector)} has the property "${x.property}"`;
  }
}

/** The validation findings in English: the words the rules have always used (tests and the README rely on them). */
export const findings = {
  'naming.duplicate': (p: { count: number; type: string; name: string }, w: Wording) =>
    `${p.count} elements of the type ${w.type(p.type)} are named "${p.name}".`,
  'design.naming-rules': () =>
    'The design goals define no naming rule (e.g. processes are named verb + noun, business objects with a noun).',
  'element.isolated': (p: El, w: Wording) => `${w.element(p.element)} has no relation to any other element.`,
  'metamodel.property-values': (p: El & { problems: readonly PropertyProblem[] }, w: Wording) =>
    `${w.element(p.element)}: ${p.problems.map((x) => propertyProblem(x, labelsIn(x, w))).join(' ')}`,
  'metamodel.unknown-type': (p: { name: string; type: string }, w: Wording) =>
    `"${p.name}" has the type "${p.type}", which the ${w.metamodel} metamodel does not define.`,
  'metamodel.unknown-relation-type': (p: { relation: string; type: string }, w: Wording) =>
    `Relation "${p.relation}" has the type "${p.type}", which the ${w.metamodel} metamodel does not define.`,
  'metamodel.relation-not-allowed': (
    p: { source: ElementRef; target: ElementRef; relation: string; allowed: readonly string[] },
    w: Wording,
  ) =>
    `${w.element(p.source)} → ${w.element(p.target)}: A ${w.type(p.source.type)} cannot "${w.relationLabel(p.relation)}" a ${w.type(p.target.type)}: ${w.relationDescription(p.relation) || 'the metamodel does not allow it.'}${
      p.allowed.length
        ? ` Allowed between them: ${p.allowed.map((id) => `"${w.relationLabel(id)}"`).join(', ')}.`
        : ' No relation type connects them.'
    }`,
  'goal.defined': () => 'The model has no structural goal (purpose, scope, users, level of detail).',
  'goal.testable': (p: { goal: string }) =>
    `The structural goal "${p.goal}" has no acceptance statement that makes it testable.`,
  'goal.perspectives': (p: { missing: readonly Perspective[] }, w: Wording) =>
    `No structural goal covers the ${w.list(p.missing)} perspective${s(p.missing.length)}.`,
  'goal.unserved': (p: { goal: string }) => `No element serves the structural goal "${p.goal}".`,
  'element.serves-no-goal': (p: El, w: Wording) => `${w.element(p.element)} serves no structural goal.`,
  'macro.no-lanes': (p: { lanes: Lanes }) => `The macro structure has no ${p.lanes} (e.g. ${EXAMPLES[p.lanes]}).`,
  'macro.same-name': (p: { count: number; lanes: Lanes; name: string }) =>
    `${p.count} ${p.lanes} are named "${p.name}".`,
  'lane.empty': (p: { kind: 'area' | 'role'; name: string }) => `The ${p.kind} "${p.name}" holds no element.`,
  'element.undecided-optional': (p: El, w: Wording) =>
    `${w.element(p.element)} is still marked optional ("?"): keep it or delete it.`,
  'process.no-cell': (p: El & { lacks: 'both' | 'area' | 'role' }, w: Wording) =>
    `${w.element(p.element)} has no cell in the macro structure: it lacks ${
      p.lacks === 'both' ? 'an area and a role' : p.lacks === 'area' ? 'an area' : 'a role'
    }.`,
  'process.no-responsible': (p: El, w: Wording) =>
    `No organisational unit or job role is responsible for ${w.element(p.element)}.`,
  'process.no-io': (p: El, w: Wording) => `${w.element(p.element)} has no input and no output business object.`,
  'process.no-measure': (p: El, w: Wording) => `No quality measure measures ${w.element(p.element)}.`,
  'measure.measures-nothing': (p: El, w: Wording) => `${w.element(p.element)} measures no process.`,
  'reference.dangling-relation': (p: { relation: string; type: string; missing: readonly string[] }, w: Wording) =>
    `Relation "${p.relation}" (${p.type}) points to ${p.missing.length === 1 ? 'the element' : 'the elements'} ${quoted(p.missing, w)}, which ${p.missing.length === 1 ? 'does' : 'do'} not exist.`,
  'reference.dangling-element': (p: El & { missing: readonly Missing[] }, w: Wording) =>
    `${w.element(p.element)} refers to ${w.list(p.missing.map((m) => `${MISSING[m.kind]} "${m.id}"`))}, which the model does not have.`,
  'reference.dangling-view': (p: { view: string; missing: readonly string[] }, w: Wording) =>
    `View "${p.view}" shows ${quoted(p.missing, w)}, which ${p.missing.length === 1 ? 'is' : 'are'} not in the model.`,
  'copc.required-metrics': (
    p: El & { copc: string; entry: string; process: string; lacking: readonly Lacking[] },
    w: Wording,
  ) =>
    `${w.element(p.element)} implements COPC ${p.copc} "${p.process}" but lacks measures of ${w.list(
      p.lacking.map((l) => (l.count > 1 ? `${l.category} (${l.have} of ${l.count})` : l.category)),
    )}.`,
  'view.perspectives': (p: { missing: readonly Perspective[] }, w: Wording) =>
    `The model has no view for the ${w.list(p.missing)} perspective${s(p.missing.length)}.`,
  'view.too-many-elements': (p: { view: string; shown: number; limit: number }) =>
    `View "${p.view}" shows ${p.shown} elements; the design goals allow ${p.limit} per view.`,
  'element.in-no-view': (p: El, w: Wording) => `${w.element(p.element)} appears in no view.`,
  'view.empty': (p: { view: string }) => `View "${p.view}" shows no element.`,
  'view.perspective-empty': (p: { view: string; perspective: Perspective; role: string }) =>
    `View "${p.view}" is the ${p.perspective} view but shows no element of the ${p.role} role.`,
  'object.no-area': (p: El, w: Wording) => `${w.element(p.element)} sits in no area.`,
  'validation.unknown-profile': (p: { profile: string }) =>
    `The model asks for the validation profile "${p.profile}", which Refmod does not have; the default profile is used.`,
  'validation.unknown-override': (p: { rule: string }) =>
    `A severity override names the rule "${p.rule}", which does not exist.`,
  'validation.unknown-suppression': (p: { target: string; rule: string }) =>
    `A suppression for "${p.target}" names the rule "${p.rule}", which does not exist.`,
  'validation.rule-problems': (p: { rule: string; problems: readonly RuleProblem[] }, w: Wording) =>
    `The rule "${p.rule}" cannot work as meant: ${p.problems.map((x) => problem(x, w)).join('; ')}.`,
  'naming.rule': (p: El & { breaks: readonly Break[] }, w: Wording) =>
    `${w.element(p.element)} ${p.breaks
      .map(
        (b) =>
          `${b.language ? `its ${w.language(b.language)} name "${b.name}" ` : ''}breaks the naming rule ${w.list(
            b.rules.map((r) => `"${r.rule}"${r.example ? ` (e.g. "${r.example}")` : ''}`),
          )}`,
      )
      .join('; ')}.`,
  'naming.unusable-pattern': (
    p: { rule: string; language: string; pattern: string; reason: PatternReason },
    w: Wording,
  ) =>
    `The naming rule "${p.rule}" cannot be checked${p.language ? ` for ${w.language(p.language)} names` : ''}: its pattern /${p.pattern}/ is unusable because ${patternReason(p.reason)}.`,
  'user.no-value': (p: El & ByRule & { property: string }, w: Wording) =>
    `${w.element(p.element)} has no value for "${w.property(p.element.type, p.property)}"${by(p)}.`,
  'user.too-few': (p: Count & { min: number }, w: Wording) =>
    `The ${p.per} "${p.lane}" holds ${p.count} × ${w.selector(p.what)}, fewer than ${p.min}${by(p)}.`,
  'user.too-many': (p: Count & { max: number }, w: Wording) =>
    `The ${p.per} "${p.lane}" holds ${p.count} × ${w.selector(p.what)}, more than ${p.max}${by(p)}.`,
  'user.name-mismatch': (p: El & ByRule & { pattern: string }, w: Wording) =>
    `The name of ${w.element(p.element)} does not match /${p.pattern}/${by(p)}.`,
  'user.unusable-pattern': (p: ByRule & { pattern: string; reason: PatternReason }) =>
    `The rule "${p.rule}" cannot be checked: its pattern /${p.pattern}/ is unusable because ${patternReason(p.reason)}.`,
  'user.no-relation': (p: El & ByRule & { relation: string; outgoing: boolean; other: string }, w: Wording) =>
    `${w.element(p.element)} has no "${w.relationLabel(p.relation)}" relation ${p.outgoing ? 'to' : 'from'} ${withArticle(w.selector(p.other))}${by(p)}.`,
};

/** Every language phrases each finding from the same parameters (tsc checks German and Korean against these). */
export type FindingMessages = {
  [K in keyof typeof findings]: (params: Parameters<(typeof findings)[K]>[0], w: Wording) => string;
};
