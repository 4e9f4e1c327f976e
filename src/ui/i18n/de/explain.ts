import type { Messages } from '../messages.ts';

export const explain: Messages['explain'] = {
  title: 'Über dieses Element',
  source: 'Quelle',
  openSource: 'Die Quelle in einem neuen Tab öffnen',
  citation: 'Vollständiges Zitat',
  inGlossary: 'Im Glossar',
  openGlossaryAt: (term: string) => `Das Glossar bei „${term}“ öffnen`,
};
