import type { Messages } from '../messages.ts';

export const collabRoom: Messages['collabRoom'] = {
  leftOut: (reason: string) => `Eine Änderung aus dem Raum wurde ausgelassen: ${reason}`,
  notTakenIn: (why: string) => `Änderungen aus dem Raum konnten nicht übernommen werden: ${why}`,
  relationsRemoved: (n: number, names: string) =>
    `${n === 1 ? 'Eine Beziehung wurde' : `${n} Beziehungen wurden`} entfernt, weil ein verbundenes Element zur selben Zeit gelöscht wurde: ${names}.`,
  item: (kind: 'relation' | 'view', name: string) => `${kind === 'relation' ? 'die Beziehung' : 'die Sicht'} ${name}`,
  renamed: (now: string) => ` (umbenannt in „${now}“)`,
  youDeleted: (what: string, renamed: string) =>
    `Sie haben ${what} gelöscht, während jemand anderes es änderte${renamed}: Es bleibt gelöscht. Rückgängig holt es mit der Änderung zurück.`,
  theyDeleted: (by: string, what: string, renamed: string) =>
    `${by} hat ${what} gelöscht, während es geändert wurde${renamed}: Es bleibt gelöscht; ${by} kann es mit Rückgängig zurückholen.`,
  typeMissing: (type: string) => `der Elementtyp „${type}“ ist nicht in diesem Metamodell.`,
  refused:
    'Der Raumserver hat Ihre Änderung abgelehnt: Ihr Link erlaubt Kommentare, keine Änderungen. Das Modell wird so gezeigt, wie der Raum es hat, und Sie machen als Prüfer weiter.',
  roomUnreadable: (why: string) => `Das Modell des Raums lässt sich nicht öffnen: ${why}`,
  unknownProblem: 'unbekanntes Problem',
  noAnswer: (server: string) => `Der Raumserver unter ${server} antwortet nicht. Läuft dort \`npm run serve\`?`,
  reviewer: 'Sie sind als Prüfer beigetreten: Sie können kommentieren, das Modell aber nicht ändern.',
  commentLabel: (target: string) => `Kommentar zu ${target}`,
  modelTarget: 'dem Modell',
  replyLabel: 'Auf Kommentar antworten',
  resolveLabel: 'Kommentar erledigen',
  reopenLabel: 'Kommentar wieder öffnen',
  theModel: 'Das Modell',
  view: (name: string) => `Sicht ${name}`,
  deletedElement: (id: string) => `${id} (gelöschtes Element)`,
  deletedView: (id: string) => `${id} (gelöschte Sicht)`,
  deletedRelation: (id: string) => `${id} (gelöschte Beziehung)`,
};
