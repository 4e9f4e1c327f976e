import { elementRule } from './say-about.ts';

export const isolatedRule = elementRule(
  {
    id: 'element.isolated',
    title: 'Every element is related to another',
    principle: 'systematic-design',
    step: 'process-structure',
    severity: 'warning',
    hint: 'Systematic design relates the views of a model through its elements; an element without any relation stands outside that web.',
  },
  (el, ctx) => ctx.index.relationCount(el.id) === 0,
);
