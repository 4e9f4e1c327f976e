import type { Messages } from '../messages.ts';

export const palette: Messages['palette'] = {
  title: 'Palette',
  stepOnlyTitle: (number: number, title: string) =>
    `Nur die Elementtypen, mit denen Schritt ${number} (${title}) arbeitet, sind aktiv`,
  stepOnly: (number: number) => `Nur Typen von Schritt ${number}`,
  search: 'Typen suchen…',
  searchLabel: 'Elementtypen suchen',
  otherTypes: (number: number, count: number) => `Weitere Typen, nicht in Schritt ${number} genutzt (${count})`,
  noMatch: (query: string) => `Kein Typ passt zu „${query}“.`,
  addTitle: (description: string) =>
    `${description} Auf eine Bahn ziehen oder klicken, um es in der Mitte der Sicht anzulegen.`,
  offStepTitle: (type: string) => `${type} wird im aktuellen Methodenschritt nicht verwendet.`,
};
