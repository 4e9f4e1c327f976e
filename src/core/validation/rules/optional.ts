import { sayFinding, sayFix } from '../../i18n/say.ts';
import { decideOptional } from '../../commands/fixes.ts';
import type { Rule } from '../types.ts';
import { ref } from './describe.ts';

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
        ...sayFinding(ctx.metamodel, 'element.undecided-optional', { element: ref(el) }),
        elements: [el.id],
        fix: { ...sayFix(ctx.metamodel, 'fix.keep-optional'), edit: decideOptional(el.id, el.name) },
      };
    },
  },
};
