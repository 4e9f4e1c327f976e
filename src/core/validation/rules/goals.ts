import { sayFinding } from '../../i18n/say.ts';
import type { Rule } from '../types.ts';
import { aboutElement, uncoveredPerspectives } from './say-about.ts';

export const goalDefinedRule: Rule = {
  id: 'goal.defined',
  title: 'The model states its structural goals',
  principle: 'relevance',
  step: 'structural-goals',
  severity: 'error',
  hint: 'Relevance is judged against an explicit modelling goal: without purpose, scope and users the model cannot be shown to serve anyone.',
  model: {
    reads: ['goals'],
    check: ({ doc, metamodel }) => (doc.structuralGoals.length ? [] : [sayFinding(metamodel, 'goal.defined')]),
  },
};

export const goalTestableRule: Rule = {
  id: 'goal.testable',
  title: 'Each structural goal says how to test it',
  principle: 'relevance',
  step: 'structural-goals',
  severity: 'warning',
  hint: 'A goal with an acceptance statement can be checked in the evaluation; a goal without one can neither fail nor pass.',
  model: {
    reads: ['goals'],
    check: ({ doc, metamodel }) =>
      doc.structuralGoals
        .filter((g) => g.acceptance.trim() === '')
        .map((g) => ({
          ...sayFinding(metamodel, 'goal.testable', { goal: g.text }),
          subjects: [g.id],
        })),
  },
};

export const goalPerspectivesRule: Rule = {
  id: 'goal.perspectives',
  title: 'Goals cover the client, customer and internal perspectives',
  principle: 'relevance',
  step: 'structural-goals',
  severity: 'warning',
  hint: 'A CRM reference model in BPO serves three addressees: the client who outsources, the end customer and the provider; each needs a goal of its own.',
  model: {
    reads: ['goals'],
    check({ doc, metamodel }) {
      const goals = doc.structuralGoals;
      if (goals.length === 0 || goals.some((g) => g.perspective === 'all')) return [];
      return uncoveredPerspectives(metamodel, 'goal.perspectives', (p) => goals.some((g) => g.perspective === p));
    },
  },
};

export const goalUnservedRule: Rule = {
  id: 'goal.unserved',
  title: 'Each structural goal is served by some element',
  principle: 'relevance',
  step: 'process-structure',
  severity: 'warning',
  hint: 'A goal no element serves is not achieved by the model: add the processes or objects that serve it, or drop the goal.',
  model: {
    reads: ['goals', 'elements'],
    check: ({ doc, index, metamodel }) =>
      doc.structuralGoals
        .filter((g) => index.serversOf(g.id) === 0)
        .map((g) => ({ ...sayFinding(metamodel, 'goal.unserved', { goal: g.text }), subjects: [g.id] })),
  },
};

export const servesNoGoalRule: Rule = {
  id: 'element.serves-no-goal',
  title: 'Each element serves a structural goal',
  principle: 'relevance',
  step: 'process-structure',
  severity: 'info',
  hint: "As much as needed, as little as possible: an element that serves no goal may be outside the model's scope.",
  element: {
    reads: ['goals'],
    check(el, ctx) {
      // Without any goal, goal.defined is the finding that matters.
      if (ctx.doc.structuralGoals.length === 0) return null;
      for (const goal of el.goals) if (ctx.index.isGoal(goal)) return null;
      return aboutElement('element.serves-no-goal', el, ctx);
    },
  },
};
