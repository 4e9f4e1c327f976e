import { crmBpoMetamodel } from '../../src/core/metamodel/crm-bpo.ts';
import { stepProgress } from '../../src/core/method/engine.ts';
import { methodById } from '../../src/core/method/shipped.ts';
import { GateRule } from '../../src/core/method/schema.ts';
import { generateDocument } from '../support/generate.ts';
import { medianMs, type BenchSuite, type Figure } from './harness.ts';

const severities = ['error', 'warning', 'info'] as const;

export const methodBench: BenchSuite = {
  title: 'Method engine: step progress (gates + artifacts), Node',
  run() {
    const method = methodById('crm-bpo-construction')!;
    const figures: Figure[] = [];
    for (const size of [1_000, 10_000]) {
      const doc = generateDocument(size);
      // About two findings per element, spread over every rule of the shared contract.
      const findings = Array.from({ length: size * 2 }, (_, i) => ({
        rule: GateRule.options[i % GateRule.options.length]!,
        severity: severities[i % 3]!,
        message: '',
      }));
      const ms = medianMs(() => stepProgress(doc, method, findings, crmBpoMetamodel));
      figures.push({
        name: `stepProgress, ${size} elements, ${findings.length} findings`,
        value: ms,
        unit: 'ms',
        ...(size === 10_000 ? { budget: 25 } : {}),
      });
    }
    return figures;
  },
};
