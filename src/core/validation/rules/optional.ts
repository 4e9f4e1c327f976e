import { decideOptional } from '../../commands/fixes.ts';
import type { Rule } from '../types.ts';
import { describe } from './describe.ts';

export const undecidedOptionalRule: Rule = {
  id: 'element.undecided-optional',
  title: 'Tentative ("?") elements are decided',
  principle: 'relevance',
  step: 'process-structure',
  severity: 'info',
  hint: 'The sources mark some elements with "?": deciding whether each belongs in the model is a relevance decision a published reference model must have made.',
  element: {
    reads: [],
    check(el, ctx) {
      if (!el.optional) return null;
      return {
        message: `${describe(el, ctx)} is still marked optional ("?"): keep it or delete it.`,
        elements: [el.id],
        fix: { label: 'Keep it (decide "?")', edit: decideOptional(el.id, el.name) },
      };
    },
  },
};
