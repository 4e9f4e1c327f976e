import type { Messages } from '../messages.ts';

export const packs: Messages['packs'] = {
  title: 'Methodenpaket',
  filePath: '(Datei)',
  noPack: 'Diesem Dialog wurde kein Methodenpaket übergeben.',
  notJson: (reason) => `Die Datei ist kein JSON: ${reason}`,
  nameMissing: 'Geben Sie dem Modell einen Namen.',
  started: (model, pack) => `„${model}“ folgt dem Methodenpaket ${pack}.`,
  startedAtStep: (model, pack, step) => `„${model}“ folgt dem Methodenpaket ${pack}, bei Schritt 1: ${step}.`,
  theFile: 'Die Datei',
  notAPack: (file) => `„${file}“ ist kein Methodenpaket, das Refmod verwenden kann.`,
  fixAndReopen: 'Das geöffnete Modell bleibt unverändert. Beheben Sie Folgendes und öffnen Sie die Datei erneut:',
  close: 'Schließen',
  holdsMetamodel: (types) => `Metamodell (${types} Elementtypen)`,
  holdsMethod: (steps) => `Methode (${steps} Schritte)`,
  holdsChecklists: (n) => (n === 1 ? '1 Checkliste' : `${n} Checklisten`),
  holdsProfile: (name) => `Prüfprofil „${name}“`,
  steps: (steps) => `Schritte: ${steps}`,
  newModelName: 'Name des neuen Modells',
  carriesPack: 'Das Modell trägt das Paket in seiner Datei, öffnet sich also überall mit diesen Schritten, und',
  judgedByPack: 'prüft es nach dem Paket.',
  replacesOpen: (model) =>
    `„${model}“ wird auf dem Bildschirm ersetzt: Speichern Sie es zuerst, wenn Sie eine Datei davon wollen.`,
  start: 'Modell mit diesem Paket beginnen',
  cancel: 'Abbrechen',
};
