import { memo } from 'react';
import type { Severity } from '../../core/model/primitives.ts';
import type { Finding } from '../../core/validation/types.ts';
import { useActions, useWb } from '../workbench-context.ts';
import { countOf, SeverityIcon } from './SeverityIcon.tsx';
import './badges.css';
import { messages, useMessages } from '../i18n/messages.ts';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function worst(findings: readonly Finding[] | undefined): Severity | null {
  let found: Severity | null = null;
  for (const f of findings ?? []) if (!found || RANK[f.severity] > RANK[found]) found = f.severity;
  return found;
}

/** "2 findings: 1 error, 1 warning", or null for an element without findings. */
function tally(findings: readonly Finding[] | undefined): string | null {
  if (!findings?.length) return null;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const parts = (['error', 'warning', 'info'] as const).filter((s) => counts[s]).map((s) => countOf(s, counts[s]));
  return messages().findings.tally(findings.length, parts.join(', '));
}

/** The worst severity of an element's findings, on its node; both selectors return strings, so a node re-renders only when its own findings change. */
export const NodeFindingBadge = memo(function NodeFindingBadge({ id }: { id: string }) {
  const wb = useActions();
  const m = useMessages().findings;
  const severity = useWb((s) => worst(s.validation?.byElement.get(id)));
  const title = useWb((s) => tally(s.validation?.byElement.get(id)));
  const count = useWb((s) => s.validation?.byElement.get(id)?.length ?? 0);
  if (!severity || !title) return null;
  return (
    <span
      className={`node-finding node-finding--${severity}`}
      role="img"
      aria-label={title}
      title={m.badgeTitle(title)}
      onClick={() => wb.setSidePanel('findings')}
    >
      <SeverityIcon severity={severity} size={13} />
      {count > 1 ? <span className="node-finding__count">{count}</span> : null}
    </span>
  );
});
