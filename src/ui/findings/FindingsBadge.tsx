import { useWb } from '../workbench-context.ts';
import { countOf, SeverityIcon } from './SeverityIcon.tsx';
import './badges.css';
import { useMessages } from '../i18n/messages.ts';

/** The Findings tab's count: errors and warnings, each with its symbol; nothing while the model has neither. */
export function FindingsBadge() {
  const m = useMessages().findings;
  const errors = useWb((s) => s.validation?.report.summary.error ?? 0);
  const warnings = useWb((s) => s.validation?.report.summary.warning ?? 0);
  if (!errors && !warnings) return null;
  return (
    <span className="findings-tab-badge" title={`${countOf('error', errors)}, ${countOf('warning', warnings)}`}>
      {errors ? (
        <span className="is-error">
          <SeverityIcon severity="error" size={13} />
          {errors}
          <span className="visually-hidden"> {m.noun.error(errors)}</span>
        </span>
      ) : null}
      {warnings ? (
        <span className="is-warning">
          <SeverityIcon severity="warning" size={13} />
          {warnings}
          <span className="visually-hidden"> {m.noun.warning(warnings)}</span>
        </span>
      ) : null}
    </span>
  );
}
