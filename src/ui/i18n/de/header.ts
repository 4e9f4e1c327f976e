import type { Messages } from '../messages.ts';

export const header: Messages['header'] = {
  undo: 'Rückgängig',
  redo: 'Wiederholen',
  undoNamed: (label: string) => `Rückgängig: ${label}`,
  redoNamed: (label: string) => `Wiederholen: ${label}`,
  undoTitle: (label: string) => `Rückgängig: ${label} (Strg+Z)`,
  redoTitle: (label: string) => `Wiederholen: ${label} (Strg+Umschalt+Z)`,
  nothingToUndo: 'Nichts rückgängig zu machen',
  nothingToRedo: 'Nichts zu wiederholen',
  models: 'Modelle…',
  modelsTitle: 'Mitgelieferte Modelle, Vorlagen und Ihre zuletzt geöffneten Modelle; ein neues Modell beginnen',
  open: 'Öffnen…',
  openTitle:
    'Ein Modell (.json), ein von Refmod exportiertes Bild (.svg, .png), ein Mermaid-Flussdiagramm (.mmd) oder eine CSV-Tabelle öffnen; oder die Datei auf das Fenster ziehen',
  openFile: 'Modelldatei öffnen',
  save: 'Speichern',
  saveTitle: 'Das Modell als JSON-Datei speichern (Strg+S)',
  export: 'Export',
  exportTitle: 'Das Modell oder eine Sicht exportieren: Mermaid, Bilder, CSV, Bericht',
  evaluate: 'Bewerten',
  evaluateTitle: 'Das Modell mit den Checklisten für Auftraggeber, Endkunde und intern bewerten',
  present: 'Präsentieren',
  exitPresent: 'Präsentation beenden',
  presentTitle: 'Präsentieren: die Seitenleisten ausblenden, damit die Zeichenfläche den Bildschirm füllt',
  helpTitle: 'Tastenkürzel und Hilfe (?)',
  help: 'Hilfe und Tastenkürzel',
};
