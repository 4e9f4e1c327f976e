/** The outline: every element of the view by area, with its relations. */
export const outline = {
  title: 'Outline',
  noArea: 'No area',
  noRole: 'no role',
  tree: (view: string) => `Elements of the view ${view}`,
  element: (name: string, type: string, role: string, relations: number) =>
    `${name}, ${type}, ${role}${relations ? `, ${relations} relations` : ''}`,
  more: (next: number, shown: number, total: number) => `Show ${next} more (${shown} of ${total} shown)`,
  relation: (name: string) => `Relation: ${name}`,
};
