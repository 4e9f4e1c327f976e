import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { Catalogue } from '../../src/core/model/catalogue.ts';
import type { Element, RefDocument } from '../../src/core/model/schema.ts';
import { shippedModel } from '../support/models.ts';
import { modelJson, modelText } from './load.ts';

const MODELS: Record<string, string> = {
  reference: 'reference/crm-bpo.json',
  architecture: 'architecture/geib-2005.json',
  copc: 'copc/copc-2000.json',
  icmi: 'icmi/crm-objectives.json',
  template: 'templates/blank.json',
};
const docs = Object.fromEntries(Object.entries(MODELS).map(([k, file]) => [k, shippedModel(file)])) as Record<
  string,
  RefDocument
>;
const glossary = modelJson('glossary.json') as { terms: { term: string; definition: string; source: string }[] };
const method = modelJson('methods/crm-bpo-construction.json') as {
  steps: { id: string; title: string; purpose: string; references: { citation: string }[] }[];
};
const readme = modelText('README.md');

// The five seed documents, the source id a model cites for each, and how citation texts name them.
const SEEDS: Record<string, { source: string; named: RegExp }> = {
  '000': { source: 'seed-000', named: /source (?:document )?000/i },
  '001': { source: 'copc-2000', named: /source (?:document )?001|COPC|KCTMC/i },
  '002': { source: 'geib-2005', named: /Geib et al\.|source (?:document )?002/i },
  '003': { source: 'seed-003', named: /source (?:document )?003/i },
  '004': { source: 'icmi-2002', named: /ICMI|source (?:document )?004/i },
};
const SEED_SOURCES = new Set(Object.values(SEEDS).map((s) => s.source));

interface Fact {
  id: string;
  fact: string;
  seed: string;
  model: string;
  element: string;
  source: string;
  shows: string;
}

/** The rows of the seed-fact table in models/README.md. */
function factTable(): Fact[] {
  const section = readme.split('### Seed facts and where they are')[1]?.split('\n### ')[0] ?? '';
  const cells = (line: string) =>
    line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim().replace(/^`|`$/g, ''));
  return section
    .split('\n')
    .filter((l) => /^\| F\d+ /.test(l))
    .map((l) => {
      const [id = '', fact = '', seed = '', model = '', element = '', source = '', shows = ''] = cells(l);
      return { id, fact, seed, model, element, source, shows };
    });
}

const words = (e: Element) =>
  [e.name, e.description, e.provenance.note, typeof e.properties.definition === 'string' ? e.properties.definition : '']
    .join(' ')
    .toLowerCase();

/** Why a fact is not held as the table says, or null when it is. */
function factProblem(f: Fact): string | null {
  const seed = SEEDS[f.seed];
  if (!seed) return `unknown seed ${f.seed}`;
  if (f.source !== seed.source) return `cites ${f.source}, but seed ${f.seed} is ${seed.source}`;
  const [kind, ref = ''] = f.element.includes(':') ? [f.element.slice(0, f.element.indexOf(':')), f.element.slice(f.element.indexOf(':') + 1)] : ['element', f.element];
  let text = '';
  let element: Element | undefined;
  if (f.model === 'glossary') {
    const term = glossary.terms.find((t) => t.term === ref);
    if (kind !== 'term' || !term) return `no glossary term "${ref}"`;
    if (!seed.named.test(term.source)) return `the term's source "${term.source}" does not name seed ${f.seed}`;
    text = `${term.term} ${term.definition} ${term.source}`.toLowerCase();
  } else if (f.model === 'method') {
    const step = method.steps.find((s) => s.id === ref);
    if (kind !== 'step' || !step) return `no method step "${ref}"`;
    const citations = step.references.map((r) => r.citation).join(' ');
    if (!seed.named.test(citations)) return `step ${ref} does not cite seed ${f.seed}`;
    text = `${step.title} ${step.purpose} ${citations}`.toLowerCase();
  } else {
    const doc = docs[f.model];
    if (!doc) return `unknown model ${f.model}`;
    if (kind === 'element') {
      element = doc.elements.find((e) => e.id === ref);
      if (!element) return `no element ${ref} in ${f.model}`;
      if (element.provenance.source !== seed.source) return `${ref} cites ${element.provenance.source}`;
      text = words(element);
    } else if (kind === 'goal') {
      const goal = doc.structuralGoals.find((g) => g.id === ref);
      if (!goal) return `no goal ${ref} in ${f.model}`;
      if (!seed.named.test(`${goal.text} ${goal.rationale}`)) return `goal ${ref} does not name seed ${f.seed}`;
      text = `${goal.text} ${goal.rationale}`.toLowerCase();
    } else {
      const found =
        kind === 'role'
          ? doc.macroStructure.roles.some((r) => r.id === ref)
          : kind === 'area'
            ? doc.macroStructure.areas.some((a) => a.id === ref)
            : kind === 'view' && doc.views.some((v) => v.perspective === ref);
      if (!found) return `no ${kind} ${ref} in ${f.model}`;
      if (!doc.meta.sources.some((s) => s.id === seed.source)) return `${f.model} does not list ${seed.source}`;
    }
  }
  const shows = f.shows;
  if (!shows) return null;
  if (shows === 'optional') return element?.optional ? null : `${f.element} is not optional`;
  if (shows.startsWith('text:'))
    return text.includes(shows.slice(5).toLowerCase()) ? null : `${f.element} does not say "${shows.slice(5)}"`;
  if (shows.startsWith('type:')) return element?.type === shows.slice(5) ? null : `${f.element} is a ${element?.type}`;
  const prop = /^prop:(\w+)=(.*)$/.exec(shows);
  if (prop && element) {
    const value = element.properties[prop[1]!];
    const wanted = prop[2]!;
    const actual = Array.isArray(value) ? value.join(', ') : String(value);
    return actual === wanted ? null : `${f.element}.${prop[1]} is "${actual}", not "${wanted}"`;
  }
  return `cannot check "${shows}"`;
}

describe('the seed facts listed in models/README.md', () => {
  const facts = factTable();

  it('are numbered rows, one per fact, covering all five seed documents', () => {
    expect(facts.length).toBeGreaterThan(150);
    expect(facts.map((f) => f.id)).toEqual(facts.map((_, i) => `F${String(i + 1).padStart(3, '0')}`));
    expect(new Set(facts.map((f) => f.seed))).toEqual(new Set(Object.keys(SEEDS)));
  });

  it('are each present where the table says and cite the right source', () => {
    const problems = facts.flatMap((f) => {
      const problem = factProblem(f);
      return problem ? [`${f.id} ${f.fact}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('include every COPC key process and metric number and every Geib process', () => {
    const shown = new Set(facts.map((f) => f.shows));
    for (const id of ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8', 'K9', 'S1', 'S2', 'S3', 'S4'])
      expect(shown, id).toContain(`prop:copcId=${id}`);
    for (let n = 1; n <= 44; n++) expect(shown, `#${n}`).toContain(`prop:copcMetric=${n}`);
    expect(facts.filter((f) => f.model === 'architecture' && f.shows.startsWith('type:'))).toHaveLength(13);
  });
});

// COPC numbers: "#12", "#22–30", "metrics 31 to 33"; a number after "slide" in its clause is the slide's alias.
const metricsOf = (doc: RefDocument) => {
  const byProcess = new Map<string, Set<number>>();
  const processOf = new Map(doc.elements.map((e) => [e.id, e.properties.copcId]));
  for (const r of doc.relations) {
    const measure = doc.elements.find((e) => e.id === r.source);
    const copcId = processOf.get(r.target);
    if (r.type !== 'measures' || typeof copcId !== 'string' || typeof measure?.properties.copcMetric !== 'number')
      continue;
    byProcess.set(copcId, (byProcess.get(copcId) ?? new Set()).add(measure.properties.copcMetric));
  }
  return byProcess;
};
const reference = metricsOf(docs.reference!);
const copcModel = metricsOf(docs.copc!);
const modelNumbers = new Set([...reference.values()].flatMap((s) => [...s]));
const slideOf = (n: number) => (n <= 21 ? n : n <= 33 ? n - 1 : n);

function numbersIn(text: string): number[] {
  const found: number[] = [];
  const range = (a: string, b?: string) => {
    for (let n = Number(a); n <= Number(b ?? a); n++) found.push(n);
  };
  for (const m of text.matchAll(/#(\d{1,2})(?![\w])(?:\s*[–-]\s*#?(\d{1,2})(?![\w]))?/g)) range(m[1]!, m[2]);
  for (const m of text.matchAll(/\bmetrics? (\d{1,2})(?: (?:to|and) (\d{1,2}))?\b/g)) range(m[1]!, m[2]);
  return found;
}

/** Every COPC number a text cites, as the models' numbers or as slide aliases. */
function citedNumbers(text: string): { model: number[]; slide: number[] } {
  const model: number[] = [];
  const slide: number[] = [];
  for (const clause of text.split(/[.;]\s|\(|\)/)) {
    const at = clause.search(/slide/i);
    if (at < 0) model.push(...numbersIn(clause));
    else {
      model.push(...numbersIn(clause.slice(0, at)));
      slide.push(...numbersIn(clause.slice(at)));
    }
  }
  return { model, slide };
}

interface Checklist {
  id: string;
  criteria: { id: string; question: string; guidance: string; basis: { source: string; ref: string }[] }[];
}
const checklists = ['common', 'client', 'customer', 'internal'].map((f) => modelJson(`checklists/${f}.json`) as Checklist);

describe('COPC numbers cited in checklists, notes and descriptions', () => {
  const texts: [where: string, text: string][] = [
    ...checklists.flatMap((c) =>
      c.criteria.flatMap((k) => [
        [`${k.id} question`, k.question] as [string, string],
        [`${k.id} guidance`, k.guidance] as [string, string],
        ...k.basis.filter((b) => b.source === 'COPC').map((b) => [`${k.id} basis`, b.ref] as [string, string]),
      ]),
    ),
    ...Object.entries(docs).flatMap(([name, doc]) => [
      ...doc.elements.flatMap((e) => [
        [`${name} ${e.id} description`, e.description] as [string, string],
        [`${name} ${e.id} note`, e.provenance.note] as [string, string],
        [`${name} ${e.id} definition`, String(e.properties.definition ?? '')] as [string, string],
      ]),
      ...doc.structuralGoals.map((g) => [`${name} ${g.id}`, `${g.text} ${g.rationale} ${g.acceptance}`] as [string, string]),
      ...doc.evaluations.flatMap((s) =>
        Object.entries(s.scores).map(([c, entry]) => [`${name} ${s.id} ${c}`, entry.note] as [string, string]),
      ),
    ]),
    ...(['catalogues/copc-2000.json', 'catalogues/geib-2005-processes.json'] as const).flatMap((file) =>
      Catalogue.parse(modelJson(file)).entries.flatMap((e) => [
        [`${file} ${e.id}`, e.description ?? ''] as [string, string],
        ...(e.measures ?? []).map((m) => [`${file} ${e.id} ${m.name}`, m.definition ?? ''] as [string, string]),
      ]),
    ),
    ...glossary.terms.map((t) => [`glossary ${t.term}`, t.definition] as [string, string]),
    ['models/README.md', readme.split('### Seed facts and where they are')[0]!],
  ];

  it('are cited somewhere (the check is not vacuous)', () => {
    expect(texts.filter(([, t]) => citedNumbers(t).model.length > 0).length).toBeGreaterThan(60);
  });

  it('exist in the reference model and the COPC model; slide aliases lie on the slide', () => {
    expect([...copcModel.values()].flatMap((s) => [...s]).sort((a, b) => a - b)).toEqual(
      [...modelNumbers].sort((a, b) => a - b),
    );
    const problems = texts.flatMap(([where, text]) => {
      const { model, slide } = citedNumbers(text);
      return [
        ...model.filter((n) => !modelNumbers.has(n)).map((n) => `${where}: #${n} is not a metric of the models`),
        ...slide.filter((n) => n < 1 || n > 44).map((n) => `${where}: slide #${n} is off the slide`),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('name exactly the metrics of the key processes a checklist basis names, with the slide alias of the renumbering', () => {
    const problems: string[] = [];
    for (const c of checklists)
      for (const k of c.criteria)
        for (const b of k.basis.filter((x) => x.source === 'COPC')) {
          const processes = [...b.ref.matchAll(/\b([KS]\d)\b/g)].map((m) => m[1]!);
          const { model, slide } = citedNumbers(b.ref);
          if (processes.length && model.length) {
            const expected = processes.flatMap((p) => [...(reference.get(p) ?? [])]).sort((x, y) => x - y);
            if (JSON.stringify([...new Set(model)].sort((x, y) => x - y)) !== JSON.stringify(expected))
              problems.push(`${k.id} "${b.ref}": ${processes.join(', ')} have #${expected.join(', #')}`);
          }
          // Renumbered metrics carry the slide's number as alias, and only those.
          const aliases = [...new Set(model.filter((n) => slideOf(n) !== n).map(slideOf))].sort((x, y) => x - y);
          if (JSON.stringify([...new Set(slide)].sort((x, y) => x - y)) !== JSON.stringify(aliases))
            problems.push(`${k.id} "${b.ref}": slide numbers ${slide.join(', ')} do not match #${model.join(', #')}`);
        }
    expect(problems).toEqual([]);
  });
});

interface Claim {
  model: string;
  element: string;
  source: string;
}
// A note that says what a source holds: "Source 003: …", "Geib et al. base …", "The slide names …".
const SUBJECT = String.raw`(?:source(?: document)? 00\d|the seed(?: text| fragment)?|the slides?|the deck|the outline|the paper|Geib et al\.|ICMI|COPC(?:-2000)?|Gebert et al\.)`;
const VERB = String.raw`(?:says?|states?|names?|lists?|calls (?:it|them|for)|asks?|gives?|holds?|has|have|places?|puts?|mentions?|speaks?|defines?|describes?|reads?|numbers?|keeps?|confirms?|requires?|stresses|bases?|lets?|assigns?|tabulates?|cites?)`;
const CLAIM = new RegExp(
  String.raw`(?<![\w])${SUBJECT}(?![\w])[^.;]{0,60}?\b${VERB}\b|(?<![\w])${SUBJECT}:|\b(?:named|listed|numbered|given) (?:on|in|by) the [\w\s-]{0,20}\b(?:slides?|seed|outline|paper|deck)\b`,
  'i',
);
const MARKED = /\((?:paraphrase|quotation)\b/;

describe('provenance notes that say what a seed holds', () => {
  const reviewed = JSON.parse(readFileSync(new URL('./seed-claims.json', import.meta.url), 'utf8')) as Claim[];
  const claims = Object.entries(docs).flatMap(([model, doc]) =>
    doc.elements
      .filter((e) => CLAIM.test(e.provenance.note))
      .map((e) => ({ model, element: e.id, source: e.provenance.source ?? '', note: e.provenance.note })),
  );

  it('are found (the check is not vacuous) and are exactly the reviewed list', () => {
    expect(claims.length).toBeGreaterThan(30);
    const key = (c: Claim) => `${c.model} ${c.element} ${c.source}`;
    expect(claims.map(key).sort()).toEqual(reviewed.map(key).sort());
  });

  it('cite a seed document as their source and mark the claim as paraphrase or quotation', () => {
    const problems = claims.flatMap((c) => [
      ...(SEED_SOURCES.has(c.source) ? [] : [`${c.model} ${c.element}: its source ${c.source} is not a seed document`]),
      ...(MARKED.test(c.note) ? [] : [`${c.model} ${c.element}: the claim is not marked as paraphrase or quotation`]),
    ]);
    expect(problems).toEqual([]);
  });

  it('recognise a claim that is not reviewed', () => {
    expect(CLAIM.test('A common measure that source 000\'s customer view calls for.')).toBe(true);
    expect(CLAIM.test('Result of handling an inquiry; ICMI asks the centre to capture customer information in it.')).toBe(true);
    expect(CLAIM.test('COPC-2000 KSP S2 as named on the KCTMC 2003 slide.')).toBe(true);
    expect(CLAIM.test('Process of Geib et al. (2005), category Delivery.')).toBe(false);
  });
});

describe('refmod validate on the shipped models', () => {
  it.each(Object.entries(MODELS))('finds no error in the %s model', async (_, file) => {
    const out: string[] = [];
    const io: CliIo = {
      out: (t) => out.push(t),
      err: (t) => out.push(t),
      readFile: () => modelText(file),
      writeFile: () => undefined,
    };
    expect(await main(['validate', file, '--json'], io)).toBe(0);
    const report = JSON.parse(out.join('')) as { summary: { error: number }; findings: { severity: string }[] };
    expect(report.summary.error).toBe(0);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
