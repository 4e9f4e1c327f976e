import type { Messages } from '../messages.ts';

export const catalogueCard: Messages['catalogueCard'] = {
  title: (name: string) => `Katalogkarte: ${name}`,
  intro:
    'Das Modell, wie ein Referenzmodellkatalog es verzeichnet, in der Klassifikation von Fettke & Loos (2003): allgemeine Merkmale, Konstruktion (Domäne, Sprache, Größe, Methode, Bewertungen) und Anwendung (Ableitungen).',
  asMarkdown: 'Katalogkarte als Markdown',
  downloadMarkdown: 'Markdown herunterladen',
  downloadJson: 'JSON herunterladen',
};
