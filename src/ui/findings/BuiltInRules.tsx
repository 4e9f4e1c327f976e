import { setOverride } from '../../core/commands/validation-settings.ts';
import type { SeverityOverride } from '../../core/model/validation-settings.ts';
import { rules, type ValidationReport } from '../../core/validation/index.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { PRINCIPLE_LABEL, STEP_LABEL } from './filters.ts';

const LEVEL: Record<SeverityOverride, string> = { error: 'Error', warning: 'Warning', info: 'Note', off: 'Off' };

/** Every built-in rule with its principle, step and findings, and how strict it is in this model. */
export function BuiltInRules({ report, counts }: { report: ValidationReport; counts: ReadonlyMap<string, number> }) {
  const wb = useActions();
  const overrides = useDocument().validation.overrides;
  const readOnly = useWb((s) => s.readOnly);
  return (
    <>
      <p className="muted rules-dialog__intro">
        The {report.profile.name} profile sets how strict each rule is. Change it here for this model only; the choice
        is stored in the model and can be undone.
      </p>
      <table className="rules-table">
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Principle · step</th>
            <th scope="col">Findings</th>
            <th scope="col">Severity in this model</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => {
            const fromProfile = Object.hasOwn(report.profile.severities, rule.id)
              ? report.profile.severities[rule.id]!
              : rule.severity;
            const own = Object.hasOwn(overrides, rule.id) ? overrides[rule.id]! : '';
            return (
              <tr key={rule.id}>
                <th scope="row">
                  <span className="rules-table__title">{rule.title}</span>
                  <span className="rules-table__hint">{rule.hint}</span>
                </th>
                <td>
                  {PRINCIPLE_LABEL[rule.principle]}
                  <br />
                  <span className="muted">Step {STEP_LABEL[rule.step]}</span>
                </td>
                <td className="rules-table__count">{counts.get(rule.id) ?? 0}</td>
                <td>
                  <select
                    aria-label={`Severity of “${rule.title}”`}
                    value={own}
                    disabled={readOnly}
                    className={own ? 'is-overridden' : undefined}
                    onChange={(e) =>
                      wb.perform(setOverride(rule.id, (e.target.value || null) as SeverityOverride | null, rule.title))
                    }
                  >
                    <option value="">As the profile: {LEVEL[fromProfile]}</option>
                    {(['error', 'warning', 'info', 'off'] as const).map((level) => (
                      <option key={level} value={level}>
                        {LEVEL[level]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
