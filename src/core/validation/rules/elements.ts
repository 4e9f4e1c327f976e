import { sayFinding } from '../../i18n/say.ts';
import type { Rule } from '../types.ts';
import { ref } from './describe.ts';

export const isolatedRule: Rule = {
  id: 'element.isolated',
  title: 'Every element is related to another',
  principle: 'systematic-design',
  step: 'process-structure',
  severity: 'warning',
  hint: 'Systematic design relates the views of a model through its elements; an element without any relation stands outside that web.',
  element: {
    reads: [],
    check(el, ctx) {
      if (ctx.index.relationsAt(el.id).length) return null;
      return { ...sayFinding(ctx.metamodel, 'element.isolated', { element: ref(el) }), elements: [el.id] };
    },
  },
};
