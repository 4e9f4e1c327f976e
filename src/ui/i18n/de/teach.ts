import type { Messages } from '../messages.ts';

export const teach: Messages['teach'] = {
  opened: (title: string) => `Übung „${title}“ geöffnet. Die Aufgabe steht im Reiter Lernen.`,
  heading: 'Übungen',
  intro:
    'Bauen Sie ein Modell, prüfen Sie es gegen die Musterlösung, folgen Sie den Hinweisen und versuchen Sie es erneut.',
  loading: 'Die Übungen werden geladen…',
  level: (n: number) => `Stufe ${n} von 5`,
  start: 'Starten',
  startAgain: 'Neu starten',
  startNamed: (title: string) => `${title} starten`,
  openFile: 'Eine Übungsdatei (.json) öffnen, z. B. eine von Ihrer Lehrkraft',
  notStarted: 'nicht begonnen',
  passed: '✓ bestanden',
  best: (percent: number, attempts: number) =>
    `bestes Ergebnis ${percent} % · ${attempts === 1 ? '1 Versuch' : `${attempts} Versuche`}`,
  exerciseLevel: (n: number) => `Übung · Stufe ${n} von 5 · `,
  check: 'Mein Modell prüfen',
  checkAgain: 'Erneut prüfen',
  result: 'Ergebnis',
  passedPrefix: '✓ Bestanden: ',
  points: (earned: number, total: number, percent: number) => `${earned} von ${total} Punkten (${percent} %)`,
  passMark: (percent: number) => ` · bestanden ab ${percent} %`,
  stale: 'Das Modell hat sich seit dieser Prüfung geändert: Prüfen Sie erneut.',
  hints: 'Hinweise',
  allThere: 'Alles, was das Bewertungsschema verlangt, ist vorhanden.',
  back: 'Alle Übungen',
  backTitle: 'Zurück zur Liste der Übungen; dieses Modell bleibt unter Modelle…',
};
