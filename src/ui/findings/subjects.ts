import type { RefDocument } from '../../core/model/schema.ts';
import type { Finding } from '../../core/validation/index.ts';

/** A thing a finding is about, as a reader names it. */
export interface Subject {
  id: string;
  kind: 'element' | 'relation' | 'goal' | 'area' | 'role' | 'view' | 'rule';
  name: string;
}

/** Every named thing of a model by id, built once per document version for the panel's lookups. */
export function subjectIndex(doc: RefDocument): Map<string, Subject> {
  const index = new Map<string, Subject>();
  const put = (id: string, kind: Subject['kind'], name: string) =>
    void (index.has(id) || index.set(id, { id, kind, name }));
  for (const el of doc.elements) put(el.id, 'element', el.name);
  const names = new Map(doc.elements.map((e) => [e.id, e.name]));
  for (const r of doc.relations)
    put(r.id, 'relation', `${names.get(r.source) ?? r.source} → ${names.get(r.target) ?? r.target}`);
  for (const g of doc.structuralGoals) put(g.id, 'goal', g.text);
  for (const a of doc.macroStructure.areas) put(a.id, 'area', a.name);
  for (const r of doc.macroStructure.roles) put(r.id, 'role', r.name);
  for (const v of doc.views) put(v.id, 'view', v.name);
  for (const r of doc.validation.rules) put(r.id, 'rule', r.title);
  return index;
}

/** The elements, relations and other things a finding concerns, in that order, without repeats. */
export function subjectsOf(finding: Finding, index: ReadonlyMap<string, Subject>): Subject[] {
  const ids = [...new Set([...finding.elements, ...finding.relations, ...(finding.subjects ?? [])])];
  return ids.map((id) => index.get(id) ?? { id, kind: 'element', name: id });
}

/** What a suppression of the finding names: a lane, goal or view it is about, else its first element or relation. */
export function suppressionTarget(finding: Finding): string | undefined {
  return finding.subjects?.[0] ?? finding.elements[0] ?? finding.relations[0];
}
