import type { Messages } from '../messages.ts';

export const collab: Messages['collab'] = {
  comments: 'Kommentare',
  commentsOpen: (n: number) => `Kommentare, ${n} offen`,
  commentsTitle: 'Kommentare: Diskussionen zum Modell, zu seinen Elementen, Beziehungen und Sichten',
  board: 'Brainstorming-Tafel',
  boardTitle: 'Brainstorming-Tafel: Haftnotizen im Bahnenraster, Punktabstimmung, Gruppen',
  shareLive: 'Live teilen…',
  shareLiveTitle: 'Gemeinsam live an diesem Modell arbeiten: einen Workshop starten oder ihm beitreten',
  panelShare: 'Live teilen',
  panelBoard: 'die Tafel',
  panelComments: 'die Kommentare',
  panelLiveBar: 'die Leiste des Live-Workshops',
  live: 'Live',
  offline: 'Offline: Änderungen bleiben erhalten',
  connecting: 'Verbinde…',
  reviewing: 'Begutachtung',
  barTitle: (people: string, review: boolean) =>
    `Live-Workshop${review ? ' (Begutachtung)' : ''}: ${people}. Klicken für die Links zum Teilen.`,
  personInView: (name: string, view: string) => `${name} in ${view}`,
  anotherView: 'einer anderen Sicht',
  barLabel: (status: string, count: number, names: string) =>
    `Live-Workshop, ${status}, ${count} ${count === 1 ? 'Person' : 'Personen'}: ${names}`,
  you: (name: string) => `${name} (Sie)`,
  avatarTitle: (name: string, review: boolean, view: string) => `${name}${review ? ' (Begutachtung)' : ''}: in ${view}`,
  titleJoined: 'Live-Workshop',
  titleJoin: 'Live teilen',
  giveName: 'Geben Sie Ihren Namen an: Die anderen sehen ihn neben Ihrem Zeiger und Ihren Kommentaren.',
  serverAddress: 'Die Adresse des Raumservers beginnt mit ws:// oder wss://, z. B. ws://localhost:1234.',
  invitedReview:
    'Sie sind eingeladen, dieses Modell live zu begutachten: Sie können kommentieren, es aber nicht ändern.',
  invited:
    'Sie sind zu einem Live-Workshop eingeladen: Alle bearbeiten dasselbe Modell und sehen die Änderungen der anderen sofort.',
  start:
    'Einen Live-Workshop mit diesem Modell starten: Alle mit dem Link bearbeiten es gemeinsam, jede Person mit eigenem Rückgängig. Ohne Server arbeitet Refmod wie bisher.',
  yourName: 'Ihr Name',
  roomServer: 'Raumserver',
  connectingButton: 'Verbinde…',
  join: 'Dem Workshop beitreten',
  startButton: 'Live-Workshop starten',
  youAreIn: 'Sie sind im Workshop als',
  reviewNote: ' (Begutachtung: Sie können kommentieren, nicht bearbeiten)',
  alsoHere: (names: string) => `Ebenfalls hier: ${names}.`,
  nobodyYet: 'Noch niemand sonst ist hier: Schicken Sie einen Link.',
  serverAway:
    'Der Server ist nicht erreichbar: Ihre Änderungen bleiben erhalten und werden gesendet, sobald er zurück ist.',
  editorsLink: 'Link zum Bearbeiten',
  reviewersLink: 'Link zum Begutachten (nur kommentieren)',
  leave: 'Workshop verlassen',
  done: 'Fertig',
  copy: 'Kopieren',
  copied: 'Kopiert',
};
