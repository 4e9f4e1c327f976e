import { useState } from 'react';
import type { StepProgress } from '../../core/method/engine.ts';
import { ruleById, type Finding } from '../../core/validation/index.ts';
import { useMessages } from '../i18n/messages.ts';
import { findingMessage, ruleWords } from '../../core/i18n/say.ts';
import { useActions, useWb } from '../workbench-context.ts';
import { showElement } from './show-element.ts';

const SHOWN = 3;
const MARK = { error: '✕', warning: '⚠', info: 'ℹ', pass: '✓', unchecked: '–' } as const;

/**
 * The step's exit criteria as a checklist: each rule passes, lists its findings (a finding leads to its element), or
 * has nothing to check yet while the step's product is missing.
 */
export function StepGate({ progress, checked }: { progress: StepProgress<Finding>; checked: boolean }) {
  const m = useMessages().method;
  const { gate, step } = progress;
  const findings = [...gate.errors, ...gate.warnings, ...gate.infos];
  return (
    <section className="step-section" aria-label={m.exitCriteria}>
      <h3>{m.exitCriteria}</h3>
      {step.exitCriteria.length === 0 ? <p className="muted">{m.noGateRule}</p> : null}
      {!checked ? <p className="muted">{m.checkingModel}</p> : null}
      <ul className="gate">
        {gate.missing.map(({ artifact, count }) => (
          <li key={artifact.id} className="gate__rule gate__rule--error">
            <div className="gate__head" title={artifact.description || undefined}>
              <span className="gate__mark" aria-hidden="true">
                {MARK.error}
              </span>
              <span className="gate__title">{artifact.name}</span>
              <span className="gate__verdict">{m.countOfAtLeast(count, artifact.minCount)}</span>
            </div>
          </li>
        ))}
        {step.exitCriteria.map((rule) => (
          <GateRule
            key={rule}
            rule={rule}
            findings={findings.filter((f) => f.rule === rule)}
            unchecked={gate.unchecked.includes(rule)}
          />
        ))}
      </ul>
    </section>
  );
}

function GateRule({ rule, findings, unchecked }: { rule: string; findings: readonly Finding[]; unchecked: boolean }) {
  const wb = useActions();
  const m = useMessages().method;
  const metamodel = useWb((s) => s.metamodel);
  const [all, setAll] = useState(false);
  const worst = findings.find((f) => f.severity === 'error')
    ? 'error'
    : findings.find((f) => f.severity === 'warning')
      ? 'warning'
      : findings.length
        ? 'info'
        : unchecked
          ? 'unchecked'
          : 'pass';
  const builtIn = ruleById(rule);
  const info = builtIn && ruleWords(builtIn);
  const shown = all ? findings : findings.slice(0, SHOWN);
  return (
    <li className={`gate__rule gate__rule--${worst}`}>
      <div className="gate__head" title={info?.hint}>
        <span className="gate__mark" aria-hidden="true">
          {MARK[worst]}
        </span>
        <span className="gate__title">{info?.title ?? rule}</span>
        <span className="gate__verdict">
          {worst === 'pass'
            ? m.passes
            : worst === 'unchecked'
              ? m.nothingToCheck
              : { error: m.errors, warning: m.warnings, info: m.notes }[worst](findings.length)}
        </span>
      </div>
      {findings.length ? (
        <ul className="gate__findings">
          {shown.map((f, i) => (
            <li key={i}>
              {f.elements[0] ? (
                <button className="gate__finding" onClick={() => showElement(wb, f.elements[0]!)} title={m.showElement}>
                  {findingMessage(f, metamodel)}
                </button>
              ) : (
                <span className="gate__finding">{findingMessage(f, metamodel)}</span>
              )}
            </li>
          ))}
          {findings.length > SHOWN ? (
            <li>
              <button className="link-button" onClick={() => setAll(!all)} aria-expanded={all}>
                {all ? m.showFewer : m.showAll(findings.length)}
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
    </li>
  );
}
