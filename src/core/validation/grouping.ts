import type { Severity } from '../model/primitives.ts';
import { PRINCIPLES, SEVERITIES, type Finding, type Principle } from './types.ts';

export interface PrincipleGroup {
  principle: Principle;
  label: string;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  /** Non-empty principle groups, in the order of the Guidelines of Modeling. */
  principles: PrincipleGroup[];
  count: number;
}

/** Findings as the findings panel and the CLI show them: errors, warnings, then info; within each, by GoM principle. */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  const buckets = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.severity}/${f.principle}`;
    const list = buckets.get(key);
    if (list) list.push(f);
    else buckets.set(key, [f]);
  }
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const principles = PRINCIPLES.flatMap(({ id, label }) => {
      const list = buckets.get(`${severity}/${id}`);
      return list ? [{ principle: id, label, findings: list }] : [];
    });
    if (principles.length)
      groups.push({ severity, principles, count: principles.reduce((n, p) => n + p.findings.length, 0) });
  }
  return groups;
}

export interface Summary {
  error: number;
  warning: number;
  info: number;
  total: number;
}

/** How many findings of each severity. */
export function summarize(findings: readonly Finding[]): Summary {
  const summary: Summary = { error: 0, warning: 0, info: 0, total: findings.length };
  for (const f of findings) summary[f.severity]++;
  return summary;
}

/** A summary in words, e.g. "2 errors, 1 warning, 0 notes". */
export function summaryText(summary: Summary): string {
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  return `${count(summary.error, 'error')}, ${count(summary.warning, 'warning')}, ${count(summary.info, 'note')}`;
}

/** Findings per element id, for badges on the canvas; a finding about several elements is listed under each. */
export function findingsByElement(findings: readonly Finding[]): Map<string, Finding[]> {
  const byElement = new Map<string, Finding[]>();
  for (const f of findings) {
    for (const id of f.elements) {
      const list = byElement.get(id);
      if (list) list.push(f);
      else byElement.set(id, [f]);
    }
  }
  return byElement;
}
