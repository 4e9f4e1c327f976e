import type { Messages } from '../messages.ts';

export const inspector: Messages['inspector'] = {
  summary: 'Modellübersicht',
  counts: (elements: string, relations: string, views: string) =>
    `${elements} Elemente · ${relations} Beziehungen · ${views} Sichten`,
  by: (authors: string) => ` · von ${authors}`,
  hint: 'Wählen Sie ein Element oder eine Beziehung aus, um sie zu bearbeiten. Wählen Sie mehrere, um sie auszurichten.',
  sources: 'Quellen',
};
