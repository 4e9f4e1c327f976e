import type { Messages } from '../messages.ts';

export const configure: Messages['configure'] = {
  reuse: 'Wiederverwenden ▾',
  reuseTitle: 'Konfigurieren, induzieren, Katalogkarte und Übungen',
  configure: 'Per Fragebogen konfigurieren…',
  configureTitle: 'Den Fragebogen beantworten, um ein Unternehmensmodell abzuleiten',
  alreadyConfigured: 'Dieses Modell ist bereits konfiguriert',
  noQuestionnaire: 'Dieses Modell hat keinen Fragebogen',
  induce: 'Aus Unternehmensmodellen induzieren…',
  catalogueCard: 'Katalogkarte…',
  exercises: 'Übungen',
  title: (name: string) => `„${name}“ konfigurieren`,
  noQuestionnaireText:
    'Dieses Modell hat keinen Fragebogen. Ein Referenzmodell trägt ihn in seiner „configuration“: Variationspunkte und Fragen, deren Antworten über sie entscheiden.',
  configuredText:
    'Dieses Modell ist bereits konfiguriert. Seine Konformität (Versionen › Konformität…) listet jede Entscheidung mit Frage und Antwort.',
  configured: (title: string) =>
    `„${title}“ konfiguriert. Die Konformität listet jede Entscheidung mit Frage und Antwort.`,
  showConformance: 'Konformität zeigen',
  questions: 'Fragen',
  reviewAndCreate: 'Prüfen und erstellen',
  questionOf: (n: number, of: number) => `Frage ${n} von ${of}`,
  chooseAll: ' · alle zutreffenden wählen',
  chooseOne: ' · eine wählen',
  cancel: 'Abbrechen',
  back: '‹ Zurück',
  review: 'Prüfen ›',
  next: 'Weiter ›',
  creating: 'Wird erstellt…',
  create: 'Unternehmensmodell erstellen',
  reviewHeading: 'Prüfen',
  summary: (adopted: number, specialised: number, omitted: number, total: number, model: string) =>
    `Das Unternehmensmodell übernimmt ${adopted} Elemente unverändert, spezialisiert ${specialised} und lässt ${omitted} der ${total} Elemente von ${model} weg. Jedes Element hält die Frage und Antwort fest, die darüber entschieden haben.`,
  name: 'Name des Unternehmensmodells',
  namePlaceholder: 'z. B. ACME Kundenservice',
  stays:
    'Das Referenzmodell bleibt, wie es ist. Das Unternehmensmodell öffnet sich an seiner Stelle; Strg+Z macht dort die Konfiguration in einem Schritt rückgängig.',
  decisions: 'Konfigurationsentscheidungen',
  answer: 'Antwort:',
  none: 'keine',
  omitted: 'Weggelassen',
  specialised: 'Spezialisiert',
  adopted: 'Übernommen',
  decidesNothing: 'Entscheidet mit diesen Antworten über kein Element.',
  notDecided: 'Nicht durch eine Frage entschieden',
  notDecidedText: (n: number) =>
    `${n} Elemente sind verpflichtend oder liegen außerhalb jedes Variationspunkts und werden wie im Referenzmodell übernommen.`,
};
