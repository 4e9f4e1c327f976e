import type { Messages } from '../messages.ts';

export const gallery: Messages['gallery'] = {
  title: 'Modelle',
  defaultName: 'Neues CRM-in-BPO-Modell',
  loadFailed: (errors) => `${errors} Das geöffnete Modell bleibt unverändert.`,
  entryFailed: (title, reason) => `„${title}“ konnte nicht geladen werden (${reason}).`,
  notInBuild: (file) => `models/${file} ist nicht Teil dieser Version`,
  openWhat: (title) => `„${title}“ zu öffnen`,
  copyWhat: (title) => `„${title}“ zu kopieren`,
  startWhat: (name) => `„${name}“ zu beginnen`,
  openedKept: (name) =>
    `„${name}“ geöffnet, wie in diesem Browser gespeichert, mit Ihren Änderungen. Für das Original erstellen Sie eine Kopie.`,
  opened: (name) => `„${name}“ geöffnet.`,
  copyOf: (name) => `Kopie von ${name}`,
  createdCopy: (name) => `„${name}“ angelegt. Das mitgelieferte Modell bleibt unverändert.`,
  createdFromTemplate: (name) =>
    `„${name}“ aus der Vorlage angelegt. Beginnen Sie mit Schritt 1 der Methode: den strukturellen Zielen.`,
  unsavedChanges: 'Ungespeicherte Änderungen',
  notKept: (name) => `„${name}“ hat Änderungen, die dieser Browser nicht speichern konnte.`,
  replaces: (what) => `Um ${what}, ersetzt Refmod das geöffnete Modell in diesem Tab.`,
  downloadThenContinue: (name) => `„${name}“ herunterladen, dann fortfahren`,
  continueWithoutSaving: 'Ohne Speichern fortfahren',
  cancel: 'Abbrechen',
  shipped: 'Mitgelieferte Modelle',
  shippedHint:
    'Öffnen Sie eines, um es zu erkunden: Wählen Sie ein Element, um zu lesen, was es ist und woher es stammt. Erstellen Sie eine Kopie, um es für einen Auftraggeber anzupassen.',
  startNew: 'Ein neues Modell beginnen',
  name: 'Name',
  newFromTemplate: 'Neues Modell aus der Vorlage',
  templateHint:
    'Die Vorlage enthält die Rollen Auftraggeber / Dienstleister / Endkunde und die Bereiche Vertrieb / Management / Betrieb; die Methode beginnt bei Schritt 1.',

  kindReference: 'Referenzmodell',
  kindArchitecture: 'Architektur',
  kindCatalogue: 'Katalog',
  kindTemplate: 'Vorlage',
  templateCardHint: 'Ein neues Modell aus dieser Vorlage beginnen',
  openTitle: (title) => `${title} öffnen`,
  loadingPreview: 'Die Vorschau wird geladen',
  openNow: ' · jetzt geöffnet',
  loading: 'Wird geladen…',
  copyHint: (title) =>
    `Ein eigenes Modell als Kopie von ${title} beginnen; das mitgelieferte Modell bleibt unverändert`,
  makeCopy: 'Kopie erstellen',
  newModel: 'Neues Modell',
  previewUnavailable: 'Vorschau nicht verfügbar',
  keptHint: 'Beim Öffnen sehen Sie Ihre Änderungen; für das Original erstellen Sie eine Kopie',
  kept: (since) => `In diesem Browser gespeichert · Stand: ${since}`,
  lanesOnly: 'Nur Rollen und Bereiche · Methode bei Schritt 1',
  facts: (elements, views) => `${elements} Elemente · ${views} ${views === 1 ? 'Sicht' : 'Sichten'}`,
  laneGrid: (rows, columns) => `Bahnenraster: ${rows} mal ${columns}`,

  recent: 'Zuletzt bearbeitete Modelle',
  recentHint:
    'Während Sie arbeiten, in diesem Browser gespeichert. Der Reiter Versionen enthält frühere Stände des geöffneten Modells.',
  thisIsOpen: 'Dieses Modell ist geöffnet',
  recentFacts: (open, elements, derivedFrom, since) =>
    `${open ? 'jetzt geöffnet · ' : ''}${elements} Elemente${derivedFrom ? ` · abgeleitet von ${derivedFrom}` : ''} · Stand: ${since}`,
  older: (n) => `und ${n} ältere Modelle.`,

  unknownTime: 'zu unbekannter Zeit',
  justNow: 'gerade eben',
  minutesAgo: (n) => `vor ${n} Min.`,
  hoursAgo: (n) => `vor ${n} Std.`,
  onDate: (date) => date,
};
