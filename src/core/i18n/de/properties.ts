import type { PropertyProblems } from '../en/properties.ts';

/** A property problem in German; the options are the metamodel's values, as a file holds them. */
export const propertyProblem: PropertyProblems = (p, l) => {
  switch (p.kind) {
    case 'required':
      return `${l.type} braucht einen Wert für „${l.property}“.`;
    case 'unknown':
      return `${l.type} hat keine Eigenschaft „${p.property}“.`;
    case 'number':
      return `„${l.property}“ muss eine Zahl sein.`;
    case 'boolean':
      return `„${l.property}“ muss ja oder nein sein.`;
    case 'option':
      return `„${l.property}“ muss einer dieser Werte sein: ${p.options.join(', ')}.`;
    case 'options':
      return `„${l.property}“ muss einen oder mehrere dieser Werte nennen, jeden einmal: ${p.options.join(', ')}.`;
    case 'url':
      return `„${l.property}“ muss eine Webadresse sein (https://…).`;
    case 'text':
      return `„${l.property}“ muss Text sein.`;
  }
};
