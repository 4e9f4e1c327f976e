import type { Edit } from '../commands/history.ts';
import type { Text } from '../i18n/text.ts';
import type { Metamodel } from '../metamodel/metamodel.ts';
import type { Severity } from '../model/primitives.ts';
import type { Element, RefDocument, Relation } from '../model/schema.ts';
import type { ModelIndex } from './model-index.ts';

/** The six Guidelines of Modeling (Becker, Rosemann, Schütte 1995), in their published order. */
export const PRINCIPLES = [
  {
    id: 'correctness',
    label: 'Correctness',
    description: 'The model obeys its language and matches the structure it describes, consistently.',
  },
  {
    id: 'relevance',
    label: 'Relevance',
    description: 'The model serves its explicit goal: as much as needed, as little as possible.',
  },
  {
    id: 'economic-efficiency',
    label: 'Economic efficiency',
    description: 'Modelling effort stays below its benefit; nothing is modelled for nothing.',
  },
  {
    id: 'clarity',
    label: 'Clarity',
    description: 'Readers of each view understand the model: clear structure, short descriptive names.',
  },
  {
    id: 'comparability',
    label: 'Comparability',
    description: 'Consistent conventions let models be compared (as-is and to-be, company and reference).',
  },
  {
    id: 'systematic-design',
    label: 'Systematic design',
    description: 'Process, data, organisation and system views are related through one metamodel.',
  },
] as const;
export type Principle = (typeof PRINCIPLES)[number]['id'];

/** The steps of the construction method (shared ids with the method feature). */
export const STEPS = [
  'structural-goals',
  'macro-structure',
  'process-structure',
  'design-goals',
  'design-structure',
] as const;
export type StepId = (typeof STEPS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly Severity[];

/** A quick fix: an undoable edit with a label the user reads on the button. */
export interface Fix {
  label: string;
  /** The label's id and parameters, to read it in German or Korean (fixLabel). */
  text?: Text;
  edit: Edit;
}

/** One problem in a model, as the findings panel and the CLI show it. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** The message's id and parameters, to read it in German or Korean (findingMessage). */
  text?: Text;
  elements: string[];
  relations: string[];
  /** Ids of other things the finding is about: structural goals, views, lanes, naming or user rules. */
  subjects?: string[];
  hint: string;
  principle: Principle;
  step: StepId;
  fix?: Fix;
}

/** What a check returns; the engine adds the rule's id, severity, hint, principle and step. */
export interface Draft {
  message: string;
  text?: Text;
  elements?: string[];
  relations?: string[];
  subjects?: string[];
  fix?: Fix;
}

/** The parts of a document a check reads besides the element or relation it is given. */
export type Part = 'elements' | 'elementIds' | 'relations' | 'goals' | 'macro' | 'design' | 'views';

/** What every check may look at: the document, the metamodel, the shared index and the ids of the rules that run. */
export interface Context {
  doc: RefDocument;
  metamodel: Metamodel;
  index: ModelIndex;
  /** Ids of every rule the engine knows: built-in and the model's own. */
  ruleIds: ReadonlySet<string>;
}

/** A check of one element; it may also look at the element's relations and direct neighbours. */
export interface ElementCheck {
  reads: readonly Part[];
  check(element: Element, ctx: Context): Draft | null;
}

/** A check of one relation and the elements at its ends (index.ends): it runs while relations are being indexed. */
export interface RelationCheck {
  reads: readonly Part[];
  check(relation: Relation, ctx: Context): Draft | null;
}

export interface ModelCheck {
  reads: readonly Part[];
  check(ctx: Context): Draft[];
}

/** What a user reads about a rule: shown in the rule list, the findings panel and profile editors. */
export interface RuleInfo {
  id: string;
  title: string;
  principle: Principle;
  step: StepId;
  severity: Severity;
  /** Why the rule matters, in one or two sentences. */
  hint: string;
}

/** A rule: pure checks over elements, relations or the whole model. */
export interface Rule extends RuleInfo {
  element?: ElementCheck;
  relation?: RelationCheck;
  model?: ModelCheck;
}
