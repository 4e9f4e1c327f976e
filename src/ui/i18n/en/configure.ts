/** Configure by questionnaire, its decisions in Conformance, and the header's Reuse menu. */
export const configure = {
  reuse: 'Reuse ▾',
  reuseTitle: 'Configure, induce, catalogue card and exercises',
  configure: 'Configure by questionnaire…',
  configureTitle: 'Answer the questionnaire to derive a company model',
  alreadyConfigured: 'This model is already configured',
  noQuestionnaire: 'This model has no questionnaire',
  induce: 'Induce from company models…',
  catalogueCard: 'Catalogue card…',
  exercises: 'Exercises',
  title: (name: string) => `Configure “${name}”`,
  noQuestionnaireText:
    'This model has no questionnaire. A reference model carries one in its “configuration”: variation points and questions whose answers decide them.',
  configuredText:
    'This model is already configured. Its Conformance (Versions › Conformance…) lists every decision with its question and answer.',
  configured: (title: string) =>
    `Configured “${title}”. Conformance lists every decision with its question and answer.`,
  showConformance: 'Show Conformance',
  questions: 'Questions',
  reviewAndCreate: 'Review and create',
  questionOf: (n: number, of: number) => `Question ${n} of ${of}`,
  chooseAll: ' · choose all that apply',
  chooseOne: ' · choose one',
  cancel: 'Cancel',
  back: '‹ Back',
  review: 'Review ›',
  next: 'Next ›',
  creating: 'Creating…',
  create: 'Create company model',
  reviewHeading: 'Review',
  summary: (adopted: number, specialised: number, omitted: number, total: number, model: string) =>
    `The company model keeps ${adopted} elements as they are, specialises ${specialised} and omits ${omitted} of the ${total} elements of ${model}. Each element records the question and answer that decided it.`,
  name: 'Name of the company model',
  namePlaceholder: 'e.g. ACME customer care',
  stays:
    'The reference model stays as it is. The company model opens in its place; Ctrl+Z there undoes the configuration in one step.',
  decisions: 'Configuration decisions',
  answer: 'Answer:',
  none: 'none',
  omitted: 'Omitted',
  specialised: 'Specialised',
  adopted: 'Adopted',
  decidesNothing: 'Decides no element with these answers.',
  notDecided: 'Not decided by a question',
  notDecidedText: (n: number) =>
    `${n} elements are mandatory or outside every variation point, and are adopted as in the reference model.`,
};
