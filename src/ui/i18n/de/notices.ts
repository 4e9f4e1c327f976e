import type { Messages } from '../messages.ts';

export const notices: Messages['notices'] = {
  moreTitle: 'Alle Meldungen in der Liste lesen',
  more: (n: number) => `${n} weitere, in der Meldungsliste`,
  dismiss: 'Meldung schließen',
  dismissTitle: 'Schließen',
  logTitle: 'Alle Meldungen dieser Sitzung, zum erneuten Lesen',
  log: (n: number) => `Meldungen (${n})`,
  logLabel: 'Meldungen dieser Sitzung',
  heading: 'Meldungen',
  closeLog: 'Die Meldungsliste schließen',
  close: 'Schließen',
  tone: { info: 'Hinweis', success: 'Erfolg', warning: 'Warnung', error: 'Fehler' },
};
