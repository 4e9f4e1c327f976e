/** The language switch and other words of the window's frame. */
export const shell = {
  language: 'Language',
  languageHint: 'The language of the workbench; the model keeps its own languages',
};
