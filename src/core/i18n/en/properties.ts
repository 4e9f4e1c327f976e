import type { Wording } from '../text.ts';

/** Why an element's property value does not fit its type's property schema. */
export type PropertyProblem =
  | { kind: 'required'; type: string; property: string }
  | { kind: 'unknown'; type: string; property: string }
  | { kind: 'number' | 'boolean' | 'url' | 'text'; type: string; property: string }
  | { kind: 'option' | 'options'; type: string; property: string; options: readonly string[] };

/** The type's and the property's labels in the reader's language. */
export interface PropertyLabels {
  type: string;
  property: string;
}

export type PropertyProblems = (problem: PropertyProblem, labels: PropertyLabels) => string;

/** A property problem in English: the words the inspector and the metamodel finding have always used. */
export const propertyProblem: PropertyProblems = (p, l) => {
  switch (p.kind) {
    case 'required':
      return `${l.type} needs a value for "${l.property}".`;
    case 'unknown':
      return `${l.type} has no property "${p.property}".`;
    case 'number':
      return `"${l.property}" must be a number.`;
    case 'boolean':
      return `"${l.property}" must be yes or no.`;
    case 'option':
      return `"${l.property}" must be one of: ${p.options.join(', ')}.`;
    case 'options':
      return `"${l.property}" must list one or more of: ${p.options.join(', ')}, each once.`;
    case 'url':
      return `"${l.property}" must be a web address (https://…).`;
    case 'text':
      return `"${l.property}" must be text.`;
  }
};

/** A problem's type and property as the reader's metamodel labels them. */
export function labelsIn(problem: PropertyProblem, w: Wording): PropertyLabels {
  return { type: w.type(problem.type), property: w.property(problem.type, problem.property) };
}
