// Its own module: the evaluation reads this list on the first screen, the loader of translations loads later.
/**
 * The shipped data that speaks German and Korean, by its path under models/, with the fields whose text is translated
 * (ids, references and citations stay as they are). The German for models/X.json is models/i18n/de/X.json.
 */
export const TRANSLATED_DATA = {
  'metamodel/crm-bpo.json': ['label', 'description'],
  'methods/crm-bpo-construction.json': [
    'name',
    'description',
    'title',
    'purpose',
    'guidance',
    'example',
    'questions',
    'note',
  ],
  'checklists/common.json': ['title', 'description', 'group', 'question', 'guidance'],
  'checklists/client.json': ['title', 'description', 'group', 'question', 'guidance'],
  'checklists/customer.json': ['title', 'description', 'group', 'question', 'guidance'],
  'checklists/internal.json': ['title', 'description', 'group', 'question', 'guidance'],
  'catalogues/copc-2000.json': ['name', 'description', 'definition'],
  'catalogues/geib-2005-processes.json': ['name', 'description'],
  'glossary.json': ['term', 'definition'],
  'index.json': ['title', 'description'],
  'validation/default.json': ['name', 'description'],
  'validation/publication.json': ['name', 'description'],
} as const satisfies Record<string, readonly string[]>;
export type DataSource = keyof typeof TRANSLATED_DATA;
