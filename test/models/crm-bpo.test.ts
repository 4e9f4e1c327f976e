import { describe, expect, it } from 'vitest';
import { crmBpoMetamodel } from '../../src/core/metamodel/crm-bpo.ts';
import type { Element } from '../../src/core/model/schema.ts';
import { compilePattern, findingsFor } from '../../src/core/validation/index.ts';
import { shippedModel } from '../support/models.ts';

const doc = shippedModel();
const byId = new Map(doc.elements.map((e) => [e.id, e]));
const category = (e: Element) => crmBpoMetamodel.categoryOf(e.type)?.id;
const related = (type: string, source: string, target: string) => doc.relations.some((r) => r.type === type && r.source === source && r.target === target);

// Source 000 (domain analysis §1.1): the candidate objects; "?" marks the ones the author was unsure of.
const SEED_OBJECTS: [id: string, type: string, optional: boolean][] = [
  ['coordination', 'coordination', false],
  ['product', 'product', false],
  ['portfolio', 'portfolio', false],
  ['employee', 'employee', false],
  ['plan-schedule', 'plan-schedule', true],
  ['lead', 'lead', true],
  ['solution', 'solution', false],
  ['project', 'project', true],
  ['account', 'account', false],
  ['data-record', 'data-record', true],
  ['inquiry', 'inquiry', false],
  ['contact', 'contact', false],
  ['support', 'support', false],
];

// Geib et al. 2005 (domain analysis §6.1): the CRM processes and their categories.
const GEIB_PROCESSES: [id: string, sourceName: string, type: string][] = [
  ['p-campaign-management', 'campaign management', 'delivery-process'],
  ['p-sales-management', 'sales management', 'delivery-process'],
  ['p-service-management', 'service management', 'delivery-process'],
  ['p-complaint-management', 'complaint management', 'delivery-process'],
  ['p-market-research', 'market research', 'support-process'],
  ['p-loyalty-management', 'loyalty management', 'support-process'],
  ['p-lead-management', 'lead management', 'analysis-process'],
  ['p-customer-scoring', 'customer scoring', 'analysis-process'],
  ['p-customer-profiling', 'customer profiling', 'analysis-process'],
  ['p-segmentation', 'segmentation', 'analysis-process'],
  ['p-feedback-management', 'feedback management', 'analysis-process'],
  ['p-multi-channel-management', 'multi-channel management', 'cross-functional-process'],
  ['p-performance-management', 'performance management', 'management-process'],
];

// COPC-2000 (domain analysis §7): each key process with the categories of its metrics, in sequential order #1-#44.
const COPC: Record<string, string[]> = {
  K1: ['On Time'],
  K2: ['On Time', 'Abandonment Rate', 'Accuracy', 'Call Quality', 'Volume', 'Efficiency'],
  K3: ['On Time', 'Backlog', 'Accuracy', 'Volume', 'Efficiency'],
  K4: ['On Time', 'Backlog', 'Accuracy', 'Volume', 'Efficiency'],
  K5: ['On Time', 'Backlog', 'Accuracy', 'Volume'],
  K6: ['On Time', 'Backlog', 'Accuracy', 'Volume', 'Efficiency'],
  K7: ['On Time', 'Backlog', 'Accuracy', 'Volume'],
  K8: ['On Time', 'Backlog', 'Accuracy'],
  K9: ['On Time', 'Backlog', 'Accuracy', 'Accuracy'],
  S1: ['On Time', 'Uptime/Availability'],
  S2: ['On Time', 'Uptime/Availability'],
  S3: ['Accuracy'],
  S4: ['On Time', 'Quality (staff)'],
};

describe('the CRM-in-BPO reference model', () => {
  it('keeps the macro structure of source 000 with its colours', () => {
    expect(doc.meta).toMatchObject({ id: 'crm-bpo', name: 'CRM-in-BPO reference model' });
    expect(doc.macroStructure.roles.map((r) => [r.id, r.colour])).toEqual([['client', '#1f77b4'], ['provider', '#2a9d8f'], ['customer', '#e07b24']]);
    expect(doc.macroStructure.areas.map((a) => [a.id, a.colour])).toEqual([['sales', '#5b6b8c'], ['management', '#7a6a9a'], ['operations', '#5f8a7a']]);
  });

  it('contains every candidate object of source 000, optional exactly where the source has "?"', () => {
    for (const [id, type, optional] of SEED_OBJECTS) {
      expect(byId.get(id), id).toMatchObject({ type, optional });
      expect(byId.get(id)?.provenance.source, id).toBe('seed-000');
    }
    expect(doc.elements.filter((e) => e.optional).map((e) => e.id).sort()).toEqual(SEED_OBJECTS.filter(([, , o]) => o).map(([id]) => id).sort());
    // "Quality Measure" of source 000 is realised by the quality-measure elements; "Inquiry" is listed twice there.
    expect(doc.elements.filter((e) => e.type === 'inquiry').map((e) => e.role).sort()).toEqual(['client', 'customer']);
  });

  it('contains every CRM process of Geib et al. with the type of its category', () => {
    for (const [id, sourceName, type] of GEIB_PROCESSES) {
      const process = byId.get(id);
      expect(process?.type, id).toBe(type);
      expect(process?.description, id).toContain(`"${sourceName}"`);
      if (type === 'delivery-process') expect(process?.properties.customerPhase, id).toBeTruthy();
    }
  });

  it('contains each COPC-2000 key process once, with the process type of its kind', () => {
    const copc = doc.elements.filter((e) => typeof e.properties.copcId === 'string');
    expect(copc.map((e) => e.properties.copcId).sort()).toEqual(Object.keys(COPC).sort());
    for (const e of copc) expect(e.type).toBe(String(e.properties.copcId).startsWith('K') ? 'customer-related-process' : 'key-support-process');
  });

  it('numbers the COPC metrics 1-44 in sequence, each measuring its own key process', () => {
    const measures = doc.elements.filter((e) => typeof e.properties.copcMetric === 'number');
    expect(new Set(measures.map((m) => m.properties.copcMetric))).toEqual(new Set(Array.from({ length: 44 }, (_, i) => i + 1)));
    let next = 1;
    for (const [copcId, categories] of Object.entries(COPC)) {
      const process = doc.elements.find((e) => e.properties.copcId === copcId)!;
      const own = measures.filter((m) => related('measures', m.id, process.id)).sort((a, b) => Number(a.properties.copcMetric) - Number(b.properties.copcMetric));
      const numbers = [...new Set(own.map((m) => m.properties.copcMetric))];
      expect(numbers, copcId).toEqual(categories.map((_, i) => next + i));
      expect([...new Set(own.map((m) => `${String(m.properties.copcMetric)} ${String(m.properties.metricCategory)}`))], copcId).toEqual(categories.map((c, i) => `${next + i} ${c}`));
      next += categories.length;
    }
  });

  it('keeps the slide numbers of the renumbered metrics as aliases', () => {
    expect(byId.get('m-k6-on-time')?.description).toMatch(/#22.*#21/);
    expect(byId.get('m-k8-accuracy')?.description).toMatch(/#33.*#32/);
  });

  it('gives every process input or output objects, a responsible unit and a measure', () => {
    const processes = doc.elements.filter((e) => category(e) === 'process');
    for (const p of processes) {
      const incoming = doc.relations.filter((r) => r.target === p.id);
      const outgoing = doc.relations.filter((r) => r.source === p.id);
      expect(incoming.some((r) => r.type === 'input') || outgoing.some((r) => r.type === 'output'), p.id).toBe(true);
      expect(incoming.some((r) => r.type === 'responsible-for'), p.id).toBe(true);
      expect(incoming.some((r) => r.type === 'measures'), p.id).toBe(true);
      expect(p.area !== null && p.role !== null, p.id).toBe(true);
    }
  });

  it('closes the knowledge loop across the client-provider boundary', () => {
    const analysis = doc.elements.filter((e) => e.type === 'analysis-process');
    expect(analysis.every((a) => a.role === 'client')).toBe(true);
    for (const [id, , type] of GEIB_PROCESSES.filter(([, , t]) => t === 'delivery-process')) {
      expect(byId.get(id)?.role, id).toBe('provider');
      expect(analysis.some((a) => related('knowledge-flow', id, a.id)), `${id} passes knowledge to analysis`).toBe(true);
      expect(analysis.some((a) => related('knowledge-flow', a.id, id)), `analysis passes knowledge back to ${id} (${type})`).toBe(true);
    }
    expect(doc.elements.filter((e) => e.type === 'knowledge').length).toBeGreaterThanOrEqual(3);
  });

  it('states testable structural goals of every kind and links elements to them', () => {
    expect(new Set(doc.structuralGoals.map((g) => g.kind))).toEqual(new Set(['purpose', 'scope', 'users', 'detail', 'convention', 'principle']));
    expect(doc.structuralGoals.filter((g) => !g.acceptance.trim() || !g.rationale.trim())).toEqual([]);
    for (const goal of doc.structuralGoals) expect(doc.elements.some((e) => e.goals.includes(goal.id)), goal.id).toBe(true);
  });

  it('has design goals with naming rules that every name of the model follows', () => {
    expect(doc.designGoals).toMatchObject({ flowDirection: 'LR', colourBy: 'role' });
    for (const rule of doc.designGoals.namingRules) {
      const compiled = compilePattern(rule.pattern);
      if (!compiled.ok) return expect.unreachable(`${rule.id}: ${compiled.reason.kind}`);
      expect(compiled.regex.test(rule.example), rule.id).toBe(true);
    }
    const processRule = compilePattern(doc.designGoals.namingRules.find((r) => r.appliesTo === 'category:process')!.pattern);
    if (!processRule.ok) return expect.unreachable(processRule.reason.kind);
    expect(['Complaint management', 'Customer scoring', 'Segmentation'].filter((n) => processRule.regex.test(n))).toEqual([]);
  });

  it('stands at the last method step with the earlier steps done', () => {
    expect(doc.method.currentStep).toBe('design-structure');
    expect(doc.method.steps).toMatchObject({ 'structural-goals': 'done', 'macro-structure': 'done', 'process-structure': 'done', 'design-goals': 'done' });
  });

  it('has a full view and a client, customer and internal view within the element limit', () => {
    expect(doc.views.map((v) => v.perspective)).toEqual(['full', 'client', 'customer', 'internal']);
    expect(doc.views[0]?.elements).toBe('all');
    for (const view of doc.views.slice(1)) {
      expect(view.elements === 'all' ? Infinity : view.elements.length, view.id).toBeLessThanOrEqual(doc.designGoals.maxElementsPerView);
    }
  });

  it('shows no errors and no warnings under the default profile, only the undecided optional objects as notes', () => {
    const findings = findingsFor(doc, crmBpoMetamodel);
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(['element.undecided-optional']));
  });
});
