import { krippendorffAlpha } from '../../src/core/evaluation/agreement.ts';
import { matookIndulska, shippedChecklists } from '../../src/core/evaluation/checklists.ts';
import { preAssess } from '../../src/core/evaluation/pre-assessment.ts';
import { evaluationProtocol } from '../../src/core/evaluation/protocol.ts';
import { evaluationReportMarkdown } from '../../src/core/evaluation/report.ts';
import { sessionCriteria } from '../../src/core/evaluation/session.ts';
import { crmBpoMetamodel } from '../../src/core/metamodel/crm-bpo.ts';
import { EvaluationRecord } from '../../src/core/model/evaluation-record.ts';
import { modelHash } from '../../src/core/model/hash.ts';
import { generateDocument } from '../support/generate.ts';
import { medianMs, type BenchSuite } from './harness.ts';

const criteria = shippedChecklists.flatMap((c) => c.criteria);

export const evaluationBench: BenchSuite = {
  title: 'Evaluation: pre-assessment, protocol and agreement, Node',
  run() {
    const doc = generateDocument(10_000);
    const perspectives = ['client', 'customer', 'internal'] as const;
    const sessions = Array.from({ length: 12 }, (_, i) => {
      const record = EvaluationRecord.parse({
        id: `ev${i}`,
        title: `Session ${i}`,
        perspectives: [perspectives[i % 3]],
        evaluator: { name: `Evaluator ${i}` },
        date: '2026-03-01',
        modelHash: modelHash(doc),
        checklists: [],
      });
      const scores = Object.fromEntries(
        sessionCriteria(record, shippedChecklists).map((c, j) => [
          c.id,
          { score: (i * 7 + j * 3) % 3, note: 'Reasoned note', evidence: [], fromProposal: false },
        ]),
      );
      return { ...record, checklists: shippedChecklists.map((c) => ({ id: c.id, version: c.version })), scores };
    });
    const evaluated = { ...doc, evaluations: sessions };
    const units = Array.from({ length: 40 }, (_, u) =>
      Array.from({ length: 30 }, (_, c) => ((u * 31 + c * 17) % 7 === 0 ? null : (u + c) % 5)),
    );
    return [
      {
        name: 'pre-assess all 40 criteria on 10,000 elements',
        value: medianMs(
          () => preAssess(doc, criteria, { metamodel: crmBpoMetamodel, scale: '0-2', findings: [] }),
          5,
          1,
        ),
        unit: 'ms',
        budget: 250,
      },
      {
        name: 'protocol of 12 sessions on 10,000 elements (incl. model hash)',
        value: medianMs(() => evaluationProtocol(evaluated, shippedChecklists, matookIndulska), 5, 1),
        unit: 'ms',
      },
      {
        name: 'Markdown report of 12 sessions',
        value: medianMs(
          () => evaluationReportMarkdown(evaluated, evaluationProtocol(evaluated, shippedChecklists, matookIndulska)),
          5,
          1,
        ),
        unit: 'ms',
      },
      {
        name: "Krippendorff's alpha, 40 criteria × 30 evaluators (ordinal)",
        value: medianMs(() => krippendorffAlpha(units, 'ordinal')),
        unit: 'ms',
        budget: 20,
      },
    ];
  },
};
