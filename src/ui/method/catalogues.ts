import copc from '../../../models/catalogues/copc-2000.json' with { type: 'json' };
import geib from '../../../models/catalogues/geib-2005-processes.json' with { type: 'json' };
import type { CatalogueProcess } from '../../core/commands/method.ts';
import { Catalogue, type CatalogueEntry } from '../../core/model/catalogue.ts';

/** The catalogues step 3 picks processes from: Geib et al. 2005 and COPC-2000 (models/catalogues). */
export const catalogues: readonly Catalogue[] = [Catalogue.parse(geib), Catalogue.parse(copc)];

/** A catalogue entry as the process command takes it: the catalogue becomes the source, each measure a quality measure. */
export function catalogueProcess(catalogue: Catalogue, entry: CatalogueEntry): CatalogueProcess {
  return {
    type: entry.type,
    name: entry.name,
    description: entry.description,
    properties: entry.properties ?? {},
    source: { id: catalogue.id, label: catalogue.name, citation: catalogue.source },
    measures: (entry.measures ?? []).map((m) => ({
      name: m.name,
      properties: {
        metricCategory: m.metricCategory,
        definition: m.definition,
        ...(m.copcMetric === undefined ? {} : { copcMetric: m.copcMetric }),
      },
    })),
  };
}
