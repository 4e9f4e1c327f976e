import type { Messages } from '../messages.ts';

export const outline: Messages['outline'] = {
  title: 'Gliederung',
  noArea: 'Kein Bereich',
  noRole: 'keine Rolle',
  tree: (view: string) => `Elemente der Sicht ${view}`,
  element: (name: string, type: string, role: string, relations: number) =>
    `${name}, ${type}, ${role}${relations ? `, ${relations} Beziehungen` : ''}`,
  more: (next: number, shown: number, total: number) => `${next} weitere zeigen (${shown} von ${total} gezeigt)`,
  relation: (name: string) => `Beziehung: ${name}`,
};
