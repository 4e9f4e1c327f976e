import type { Messages } from '../messages.ts';

export const shell: Messages['shell'] = {
  language: 'Sprache',
  languageHint: 'Die Sprache der Werkbank; das Modell behält seine eigenen Sprachen',
};
