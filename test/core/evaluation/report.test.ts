import { describe, expect, it } from 'vitest';
import { matookIndulska, shippedChecklists } from '../../../src/core/evaluation/checklists.ts';
import { contentHash } from '../../../src/core/evaluation/content-hash.ts';
import { evaluationProtocol } from '../../../src/core/evaluation/protocol.ts';
import { evaluationReportCsv, evaluationReportMarkdown } from '../../../src/core/evaluation/report.ts';
import { perspectiveScores } from '../../../src/core/evaluation/scoring.ts';
import { setDataLanguage } from '../../../src/core/i18n/data.ts';
import { de } from '../../../src/core/i18n/de/index.ts';
import { report as englishReport } from '../../../src/core/i18n/en/report.ts';
import { ko } from '../../../src/core/i18n/ko/index.ts';
import { model, session } from './support.ts';

const base = model([
  { id: 'k8', type: 'customer-related-process', name: 'Report performance to clients', properties: { copcId: 'K8' } },
]);
const hash = contentHash(base);
const first = session(
  'ev-a',
  ['client'],
  { 'CL.4': 2, 'CL.9': 'na', 'C0.1': 1 },
  {
    modelHash: hash,
    checklists: [
      { id: 'crm-bpo-common', version: '1.0.0' },
      { id: 'crm-bpo-client', version: '1.0.0' },
    ],
  },
);
first.scores['CL.4'] = {
  score: 2,
  note: 'K8 | measured\nwith all three',
  evidence: ['k8', 'gone'],
  fromProposal: true,
};
const second = session(
  'ev-b',
  ['client'],
  { 'CL.4': 1, 'C0.1': 1 },
  {
    checklists: [
      { id: 'crm-bpo-common', version: '0.9.0' },
      { id: 'crm-bpo-client', version: '1.0.0' },
      { id: 'retired', version: '2' },
    ],
    qfd: {
      importance: { generality: 1, flexibility: 1, completeness: 1, usability: 1, understandability: 1 },
      fulfilment: Object.fromEntries(matookIndulska.phases.map((p) => [p.id, { share: 1 }])),
    },
  },
);
second.scores['CL.11'] = { score: null, note: '=HYPERLINK("x")', evidence: [], fromProposal: false };
const doc = { ...base, evaluations: [first, second] };
const protocol = evaluationProtocol(doc, shippedChecklists, matookIndulska);

describe('evaluation protocol', () => {
  it('carries the same aggregates the scoring functions give, and tells whether each session saw the current model', () => {
    expect(protocol.model).toEqual({ name: 'Test model', version: '0.1.0', hash });
    expect(protocol.sessions.map((s) => s.current)).toEqual([true, false]);
    expect(protocol.sessions[0]!.perspectives).toEqual(perspectiveScores(first, shippedChecklists));
    expect(protocol.sessions[1]!.resolved.missing).toEqual([{ id: 'retired', version: '2' }]);
    expect(protocol.agreement.map((a) => a.choice.perspective)).toEqual(['client']);
    // The two sessions judged different versions, so Refmod's proposal holds one rater and is refused.
    const proposal = protocol.agreement[0]!;
    expect(proposal.ok || proposal.reason).toContain('two raters');
    expect(protocol.sessions[1]!.qfd).toMatchObject({ ok: true, rmQuality: 1 });
  });
});

describe('Markdown report', () => {
  const md = evaluationReportMarkdown(doc, protocol);

  it('names the model, its hash, the checklist versions and the evaluators', () => {
    expect(md).toContain('# Evaluation protocol: Test model');
    expect(md).toContain(`model hash \`${hash}\``);
    expect(md).toContain('| Checklists | crm-bpo-common 1.0.0, crm-bpo-client 1.0.0 |');
    expect(md).toContain('| Checklist version | crm-bpo-common: recorded 0.9.0, available 1.0.0 |');
    expect(md).toContain('| Missing checklist | retired 2 is not available; its criteria are not shown |');
    expect(md).toContain('| Evaluator | Evaluator ev-a |');
    expect(md).toContain('(the model has changed since this session)');
  });

  it('lists every score with its note, evidence and proposal flag, escaping table syntax', () => {
    expect(md).toContain(
      '| CL.4 | Performance visibility | Relevance | 2 | 2 (full) | 1.00 | confirmed | Report performance to clients (`k8`), `gone` (not in the model) | K8 \\| measured<br>with all three |',
    );
    expect(md).toContain('| CL.9 | Configurability | Economic efficiency | 1 | n/a | – |  |  |  |');
    expect(md).toContain('| CL.11 | Mapping the as-is | Comparability | 1 | – | – |  |  | =HYPERLINK("x") |');
  });

  it('makes HTML in names, notes and titles literal', () => {
    const hostile = structuredClone(doc);
    hostile.meta.name = 'Model <script>alert(1)</script>';
    hostile.evaluations[0]!.evaluator.name = '<img src=x onerror=alert(2)>';
    hostile.evaluations[0]!.scores['CL.4']!.note = 'see <script>alert(3)</script>';
    hostile.elements[0]!.name = '<b>Report</b>';
    const text = evaluationReportMarkdown(hostile, evaluationProtocol(hostile, shippedChecklists, matookIndulska));
    expect(text).not.toMatch(/<script|<img|<b>/);
    expect(text).toContain('# Evaluation protocol: Model &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).toContain('| Evaluator | &lt;img src=x onerror=alert(2)&gt; |');
    expect(text).toContain('&lt;b&gt;Report&lt;/b&gt; (`k8`)');
    expect(text).toContain('see &lt;script&gt;alert(3)&lt;/script&gt; |');
  });

  it('shows the aggregates, the refused agreement with its reason, and the QFD figures', () => {
    // Session A, client: C0.1 (w2, 0.5) and CL.4 (w2, 1) → 0.75
    expect(md).toContain('| Client | 0.75 | 2 | 1 | 20 |');
    expect(md).toContain('Not computed: Agreement needs the sessions of at least two raters.');
    expect(md).toContain('| generality (importance × correlation) |');
    expect(md).toContain('| 1 × 9 = 9 |');
    expect(md).toContain('**RMQuality 1.0000**');
  });

  it('records every agreement choice, and alpha with n, D_o, D_e and the bootstrap interval', () => {
    const same = { ...second, modelHash: hash };
    const both = { ...doc, evaluations: [first, same] };
    const choice = {
      perspective: 'client' as const,
      sessions: ['ev-a', 'ev-b'],
      metric: 'interval' as const,
      bootstrap: { samples: 500, seed: 3, level: 0.9 },
    };
    const chosen = evaluationProtocol(both, shippedChecklists, matookIndulska, { client: choice });
    const text = evaluationReportMarkdown(both, chosen);
    expect(text).toContain('| Sessions | ev-a, ev-b |');
    expect(text).toContain('| Raters | Evaluator ev-a (ev-a, 2026-03-01); Evaluator ev-b (ev-b, 2026-03-01) |');
    expect(text).toContain(`| Model version | \`${hash}\` |`);
    expect(text).toContain('| Scale | 0-2 |');
    expect(text).toContain('| Metric | interval (scores as equally spaced points) |');
    expect(text).toContain('| Bootstrap | 500 samples, seed 3, 90 % interval |');
    // C0.1: 1, 1; CL.4: 2, 1. D_o = 2 × 1 / 4; D_e = 2 × 3 × 1 × 1 / (4 × 3).
    expect(text).toContain(
      "Krippendorff's alpha (interval) = 0.000; n = 4 pairable values; D_o = 0.5000; D_e = 0.5000.",
    );
    expect(text).toMatch(/90 % bootstrap interval \[-?\d\.\d{3}, -?\d\.\d{3}\] \(500 samples of 2 pairs, seed 3\)/);
    expect(text).toContain('Criteria that disagree most: CL.4 Performance visibility');
    expect(text).toContain('| CL.4 | Performance visibility | 2 | 1 | 2 | 0.75 | 0.35 |');
    const rows = evaluationReportCsv(chosen).split('\r\n');
    expect(rows).toContain('agreement,,,,,client,,,,,client,metric,,,,,,,,,,interval');
    expect(rows).toContain('agreement,,,,,client,,,,,client,bootstrap seed,,,,3,,,,,,');
    expect(rows.some((r) => r.startsWith('agreement,,,,,client,,,,,client,observed disagreement D_o,,,,0.5,'))).toBe(
      true,
    );
    const refused = evaluationProtocol(doc, shippedChecklists, matookIndulska, { client: choice });
    expect(evaluationReportMarkdown(doc, refused)).toContain('Not computed: The sessions judged different versions');
  });
});

describe('CSV report', () => {
  const csv = evaluationReportCsv(protocol);
  const lines = csv.trimEnd().split('\r\n');

  it('has one row per criterion of each session and rows for every aggregate', () => {
    expect(lines[0]).toBe(
      'kind,session,evaluator,role,date,perspectives,scale,model_hash,model_current,checklist,item,title,principle,weight,score,value,scored,na,unscored,from_proposal,evidence,note',
    );
    const kinds = lines.slice(1).map((l) => l.split(',')[0]);
    expect(kinds.filter((k) => k === 'score')).toHaveLength(protocol.sessions.flatMap((s) => s.criteria).length);
    expect(kinds.filter((k) => k === 'perspective')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'principle')).toHaveLength(12);
    expect(kinds.filter((k) => k === 'rm-quality')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'qfd-term')).toHaveLength(35);
    expect(kinds.filter((k) => k === 'qfd-absolute')).toHaveLength(7);
    expect(kinds.filter((k) => k === 'agreement')).toHaveLength(6);
  });

  it('quotes fields with commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    expect(csv).toContain(
      `score,ev-a,Evaluator ev-a,,2026-03-01,client,0-2,${hash},yes,crm-bpo-client,CL.4,Performance visibility,relevance,2,2,1,,,,yes,k8;gone,"K8 | measured\nwith all three"`,
    );
    expect(csv).toContain(`,CL.11,Mapping the as-is,comparability,1,,,,,,no,,"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('perspective,ev-a,Evaluator ev-a,,2026-03-01,client,0-2,');
  });
});

describe('the report in German and Korean', () => {
  const keys = (words: object, at = ''): string[] =>
    Object.entries(words).flatMap(([key, value]: [string, unknown]) =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? keys(value, `${at}${key}.`)
        : [`${at}${key}`],
    );

  it('every word of the report has all three languages', () => {
    expect(keys(de.report).sort()).toEqual(keys(englishReport).sort());
    expect(keys(ko.report).sort()).toEqual(keys(englishReport).sort());
  });

  it('writes headings and column names in the loaded language, and English by default', async () => {
    await setDataLanguage('de');
    expect(evaluationReportMarkdown(doc, protocol, 'de')).toContain('| Bewerter | Evaluator ev-a |');
    expect(evaluationReportMarkdown(doc, protocol)).toContain('| Evaluator | Evaluator ev-a |');
    await setDataLanguage('ko');
    expect(evaluationReportMarkdown(doc, protocol, 'ko')).toContain('| 평가자 | Evaluator ev-a |');
    expect(evaluationReportCsv(protocol, undefined, 'ko')).toMatch(/^종류,세션,평가자,/);
    await setDataLanguage('en');
  });
});
