import type { StructuralGoal } from '../../../core/model/schema.ts';
import type { Messages } from '../../i18n/messages.ts';

export function goalKinds(m: Messages['method']): { value: StructuralGoal['kind']; label: string }[] {
  return [
    { value: 'purpose', label: m.kindPurpose },
    { value: 'scope', label: m.kindScope },
    { value: 'users', label: m.kindUsers },
    { value: 'detail', label: m.kindDetail },
    { value: 'convention', label: m.kindConvention },
    { value: 'principle', label: m.kindPrinciple },
  ];
}

export function perspectives(m: Messages['method']): { value: StructuralGoal['perspective']; label: string }[] {
  return [
    { value: 'client', label: m.perspectiveClient },
    { value: 'customer', label: m.perspectiveCustomer },
    { value: 'internal', label: m.perspectiveInternal },
    { value: 'all', label: m.perspectiveAll },
  ];
}

export const kindLabel = (m: Messages['method'], kind: string) =>
  goalKinds(m).find((k) => k.value === kind)?.label ?? kind;
export const perspectiveLabel = (m: Messages['method'], p: string) =>
  perspectives(m).find((k) => k.value === p)?.label ?? p;
