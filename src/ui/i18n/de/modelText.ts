import type { Messages } from '../messages.ts';

export const modelText: Messages['modelText'] = {
  standIn: (language: string, own: string) => `Noch kein Name auf ${language}: angezeigt auf ${own}`,
  translations: 'Übersetzungen',
  translationsHint: (own: string) =>
    `Das Modell ist auf ${own} geschrieben. Fehlt eine Übersetzung, erscheint überall, wo diese Sprache gewählt ist, der Text auf ${own}, markiert.`,
  nameIn: (language: string) => `Name auf ${language}`,
  descriptionIn: (language: string) => `Beschreibung auf ${language}`,
  missing: 'fehlt',
};
