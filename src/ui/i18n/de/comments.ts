import type { Messages } from '../messages.ts';

export const comments: Messages['comments'] = {
  title: 'Kommentare',
  close: 'Kommentare schließen',
  yourName: 'Ihr Name',
  namePlaceholder: 'Wird bei Ihren Kommentaren angezeigt',
  which: 'Welche Diskussionen',
  open: (n: number) => `Offen (${n})`,
  resolved: (n: number) => `Erledigt (${n})`,
  noneOpen:
    'Keine offenen Kommentare. Wählen Sie ein Element oder eine Beziehung auf der Arbeitsfläche, um es zu kommentieren, oder kommentieren Sie die Sicht oder das Modell.',
  noneResolved: 'Noch keine erledigten Kommentare.',
  nameFirst: 'Geben Sie zuerst Ihren Namen an: Er wird bei Ihrem Kommentar angezeigt.',
  textFirst: 'Schreiben Sie zuerst den Kommentar.',
  commentOn: 'Kommentar zu',
  selected: (label: string) => `${label} (ausgewählt)`,
  newComment: 'Neuer Kommentar',
  newPlaceholder: 'Was sollen sich die anderen ansehen?',
  comment: 'Kommentieren',
  threadOn: (target: string) => `Diskussion zu ${target}`,
  showOnCanvas: 'Auf der Arbeitsfläche zeigen',
  reply: 'Antworten',
  replyPlaceholder: 'Antwort…',
  reopen: 'Wieder öffnen',
  resolve: 'Erledigt',
};
