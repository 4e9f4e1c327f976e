import { setOverride } from '../../core/commands/validation-settings.ts';
import type { SeverityOverride } from '../../core/model/validation-settings.ts';
import { profileWords, rules, type ValidationReport } from '../../core/validation/index.ts';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { principleLabel, stepLabel } from './filters.ts';
import { useMessages } from '../i18n/messages.ts';
import { ruleWords } from '../../core/i18n/say.ts';

/** Every built-in rule with its principle, step and findings, and how strict it is in this model. */
export function BuiltInRules({ report, counts }: { report: ValidationReport; counts: ReadonlyMap<string, number> }) {
  const wb = useActions();
  const m = useMessages().findings;
  const overrides = useDocument().validation.overrides;
  const readOnly = useWb((s) => s.readOnly);
  return (
    <>
      <p className="muted rules-dialog__intro">{m.builtInIntro(profileWords(report.profile).name)}</p>
      <table className="rules-table">
        <thead>
          <tr>
            <th scope="col">{m.rule}</th>
            <th scope="col">{m.principleStep}</th>
            <th scope="col">{m.findings}</th>
            <th scope="col">{m.severityInModel}</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => {
            const fromProfile = Object.hasOwn(report.profile.severities, rule.id)
              ? report.profile.severities[rule.id]!
              : rule.severity;
            const own = Object.hasOwn(overrides, rule.id) ? overrides[rule.id]! : '';
            const words = ruleWords(rule);
            return (
              <tr key={rule.id}>
                <th scope="row">
                  <span className="rules-table__title">{words.title}</span>
                  <span className="rules-table__hint">{words.hint}</span>
                </th>
                <td>
                  {principleLabel(rule.principle)}
                  <br />
                  <span className="muted">{m.stepOf(stepLabel(rule.step))}</span>
                </td>
                <td className="rules-table__count">{counts.get(rule.id) ?? 0}</td>
                <td>
                  <select
                    aria-label={m.severityOf(words.title)}
                    value={own}
                    disabled={readOnly}
                    className={own ? 'is-overridden' : undefined}
                    onChange={(e) =>
                      wb.perform(setOverride(rule.id, (e.target.value || null) as SeverityOverride | null, rule.title))
                    }
                  >
                    <option value="">{m.asProfile(m.level[fromProfile])}</option>
                    {(['error', 'warning', 'info', 'off'] as const).map((level) => (
                      <option key={level} value={level}>
                        {m.level[level]}
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
