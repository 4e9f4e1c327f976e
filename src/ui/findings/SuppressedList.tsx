import { unsuppressFinding } from '../../core/commands/validation-settings.ts';
import type { Suppression } from '../../core/model/validation-settings.ts';
import type { Suppressed } from '../../core/validation/index.ts';
import { findingMessage } from '../../core/i18n/say.ts';
import { useActions, useWb } from '../workbench-context.ts';
import { SeverityIcon } from './SeverityIcon.tsx';
import type { Subject } from './subjects.ts';
import { useMessages } from '../i18n/messages.ts';

/** Findings the modellers accepted, apart from the active ones, each with its reason and a way back. */
export function SuppressedList({
  suppressed,
  suppressions,
  subjects,
  ruleTitle,
  readOnly,
}: {
  suppressed: readonly Suppressed[];
  suppressions: readonly Suppression[];
  subjects: ReadonlyMap<string, Subject>;
  ruleTitle: (rule: string) => string;
  readOnly: boolean;
}) {
  const wb = useActions();
  const m = useMessages().findings;
  const metamodel = useWb((s) => s.metamodel);
  return (
    <details className="findings__suppressed">
      <summary>
        {m.suppressed} <span className="findings__count">{suppressed.length}</span>
      </summary>
      <ul>
        {suppressed.map(({ finding, reason }) => {
          // The stored suppression may name any of the things the finding concerns.
          const ids = [...finding.elements, ...finding.relations, ...(finding.subjects ?? [])];
          const target =
            suppressions.find((s) => s.rule === finding.rule && ids.includes(s.target))?.target ?? ids[0] ?? '';
          const name = subjects.get(target)?.name ?? target;
          return (
            <li key={`${finding.rule}|${target}|${finding.message}`} className="finding finding--suppressed">
              <div className="finding__head">
                <SeverityIcon severity={finding.severity} />
                <p className="finding__message">{findingMessage(finding, metamodel)}</p>
              </div>
              <div className="finding__body">
                <div className="finding__rule">{ruleTitle(finding.rule)}</div>
                <p className="finding__reason">
                  <span className="muted">{m.reason}</span> <span translate="no">{reason}</span>
                </p>
                {readOnly ? null : (
                  <div className="finding__actions">
                    <button
                      onClick={() => wb.perform(unsuppressFinding(finding.rule, target, name))}
                      title={m.restoreHint}
                    >
                      {m.restore}
                    </button>
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
