import index from '../../../models/index.json' with { type: 'json' };
import { importDocument, type ImportResult } from '../../core/io/json.ts';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import { Gallery, type GalleryEntry } from '../../core/model/gallery.ts';
import { localised } from '../../core/i18n/data.ts';
import { slug } from '../../core/model/ids.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import { messages } from '../i18n/messages.ts';

/** The shipped models, as models/index.json lists them (checked by the model tests, so parse cannot fail here). */
export const gallery: GalleryEntry[] = Gallery.parse(index);

/** The shipped models with their titles and descriptions in the active language (models/i18n/<language>/index.json). */
export function shippedModels(): GalleryEntry[] {
  return localised('index.json', gallery);
}

// The model files are served as assets and fetched on demand, so none of them weighs on the first load.
const urls = import.meta.glob<string>(
  [
    '../../../models/reference/*.json',
    '../../../models/icmi/*.json',
    '../../../models/architecture/*.json',
    '../../../models/copc/*.json',
    '../../../models/templates/*.json',
  ],
  { query: '?url', import: 'default', eager: true },
);

const loads = new Map<string, Promise<ImportResult>>();

/** Fetches and validates a shipped model once per page; a failure is a result, never a throw. */
export function loadShipped(entry: GalleryEntry, metamodel: Metamodel): Promise<ImportResult> {
  let load = loads.get(entry.id);
  if (!load) {
    load = fetchModel(entry, metamodel);
    loads.set(entry.id, load);
    // A network hiccup should not stick: the next attempt fetches again.
    void load.then((r) => !r.ok && r.stage === 'file' && loads.delete(entry.id));
  }
  return load;
}

async function fetchModel(entry: GalleryEntry, metamodel: Metamodel): Promise<ImportResult> {
  const url = urls[`../../../models/${entry.file}`];
  try {
    if (!url) throw new Error(messages().gallery.notInBuild(entry.file));
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return importDocument(await response.text(), metamodel);
  } catch (error) {
    return {
      ok: false,
      stage: 'file',
      errors: [
        {
          path: entry.file,
          message: messages().gallery.entryFailed(entry.title, error instanceof Error ? error.message : String(error)),
        },
      ],
    };
  }
}

/** A model of one's own from a shipped one: an id of its own (the workspace makes it unique), a new name, today's dates. */
export function startFrom(doc: RefDocument, name: string, now = new Date()): RefDocument {
  const stamp = now.toISOString();
  return { ...doc, meta: { ...doc.meta, id: slug(name) || 'model', name, created: stamp, modified: stamp } };
}

/** What kind of model a card shows, in the active language. */
export function kindLabel(kind: GalleryEntry['kind']): string {
  const m = messages().gallery;
  return {
    reference: m.kindReference,
    architecture: m.kindArchitecture,
    'catalogue-model': m.kindCatalogue,
    template: m.kindTemplate,
  }[kind];
}
