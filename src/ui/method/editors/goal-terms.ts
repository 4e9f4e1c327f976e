import type { StructuralGoal } from '../../../core/model/schema.ts';

export const GOAL_KINDS: { value: StructuralGoal['kind']; label: string }[] = [
  { value: 'purpose', label: 'Purpose' },
  { value: 'scope', label: 'Scope boundary' },
  { value: 'users', label: 'Target users' },
  { value: 'detail', label: 'Level of detail' },
  { value: 'convention', label: 'Modelling convention' },
  { value: 'principle', label: 'Structural principle' },
];

export const PERSPECTIVES: { value: StructuralGoal['perspective']; label: string }[] = [
  { value: 'client', label: 'Client' },
  { value: 'customer', label: 'Customer' },
  { value: 'internal', label: 'Internal (provider)' },
  { value: 'all', label: 'All perspectives' },
];

export const kindLabel = (kind: string) => GOAL_KINDS.find((k) => k.value === kind)?.label ?? kind;
export const perspectiveLabel = (p: string) => PERSPECTIVES.find((k) => k.value === p)?.label ?? p;
