import type { Messages } from '../messages.ts';

export const workspace: Messages['workspace'] = {
  saved: 'Gespeichert',
  saving: 'Speichert…',
  notSaved: 'Nicht gespeichert',
  readOnly: 'nur lesen',
  readOnlyTitle:
    'Dieser Tab zeigt das Modell nur zum Lesen: Es wird in einem anderen Tab bearbeitet. Mit „Bearbeitung übernehmen“ im Hinweis oben bearbeiten Sie es hier.',
  savedTitle: (when) =>
    `Jede Änderung ist in diesem Browser gespeichert${when ? ` (${when})` : ''}. Öffnet die Versionen dieses Modells.`,
  savingTitle: 'Ihre letzte Änderung wird in diesem Browser gespeichert…',
  notSavedTitle: 'Die letzten Änderungen sind in diesem Browser nicht gespeichert: siehe den Hinweis oben.',
};
