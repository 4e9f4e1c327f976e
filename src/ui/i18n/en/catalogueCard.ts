/** The catalogue card dialog (Reuse ▾ › Catalogue card…). */
export const catalogueCard = {
  title: (name: string) => `Catalogue card: ${name}`,
  intro:
    'The model as a reference-model catalogue lists it, in the classification of Fettke & Loos (2003): general characteristics, construction (domain, language, size, method, evaluations) and application (derivations).',
  asMarkdown: 'Catalogue card as Markdown',
  downloadMarkdown: 'Download Markdown',
  downloadJson: 'Download JSON',
};
