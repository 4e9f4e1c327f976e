/** Words about the model's own languages: stand-in names on the canvas, translations in the inspector. */
export const modelText = {
  standIn: (language: string, own: string) => `No ${language} name yet: shown in ${own}`,
  translations: 'Translations',
  translationsHint: (own: string) =>
    `The model is written in ${own}. An empty translation shows the ${own} text, marked, wherever this language is chosen.`,
  nameIn: (language: string) => `Name in ${language}`,
  descriptionIn: (language: string) => `Description in ${language}`,
  missing: 'missing',
};
