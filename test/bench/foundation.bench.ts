import { crmBpoMetamodel } from '../../src/core/metamodel/crm-bpo.ts';
import { exportDocument, importDocument } from '../../src/core/io/json.ts';
import { findingsFor } from '../../src/core/validation/index.ts';
import { generateDocument } from '../support/generate.ts';
import { medianMs, type BenchSuite, type Figure } from './harness.ts';

export const foundationBench: BenchSuite = {
  title: 'Import (parse + schema + integrity), validation and canonical export, Node',
  run() {
    const figures: Figure[] = [];
    for (const size of [1_000, 10_000]) {
      const text = exportDocument(generateDocument(size));
      const import_ = medianMs(() => importDocument(text, crmBpoMetamodel));
      const doc = importDocument(text, crmBpoMetamodel);
      if (!doc.ok) throw new Error('generated document does not import');
      figures.push({
        name: `import ${size} elements (${doc.document.relations.length} relations)`,
        value: import_,
        unit: 'ms',
      });
      const validated = medianMs(() => {
        const result = importDocument(text, crmBpoMetamodel);
        if (result.ok) findingsFor(result.document, crmBpoMetamodel);
      });
      figures.push({
        name: `import and validate ${size} elements`,
        value: validated,
        unit: 'ms',
        ...(size === 10_000 ? { budget: 150 } : {}),
      });
      figures.push({
        name: `export ${size} elements`,
        value: medianMs(() => exportDocument(doc.document)),
        unit: 'ms',
      });
    }
    return figures;
  },
};
