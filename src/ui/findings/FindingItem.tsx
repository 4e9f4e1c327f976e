import { useId, useState, type FormEvent } from 'react';
import { suppressFinding } from '../../core/commands/validation-settings.ts';
import type { Finding } from '../../core/validation/index.ts';
import { findingMessage, fixLabel, ruleWords } from '../../core/i18n/say.ts';
import { useActions, useWb } from '../workbench-context.ts';
import { SeverityIcon } from './SeverityIcon.tsx';
import { useMessages } from '../i18n/messages.ts';
import { showFinding } from './show.ts';
import { subjectsOf, suppressionTarget, type Subject } from './subjects.ts';
import { refusalMessage } from '../../core/i18n/say.ts';

export interface FindingItemProps {
  finding: Finding;
  subjects: ReadonlyMap<string, Subject>;
  ruleTitle: string;
  principleLabel: string;
  stepLabel: string;
  /** True when clicking the finding can show something on the canvas. */
  showable: boolean;
  readOnly: boolean;
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.');

/** One finding: what is wrong, which rule says so and why, what it concerns, and what the user can do about it. */
export function FindingItem({
  finding,
  subjects,
  ruleTitle,
  principleLabel,
  stepLabel,
  showable,
  readOnly,
}: FindingItemProps) {
  const wb = useActions();
  const m = useMessages().findings;
  const metamodel = useWb((s) => s.metamodel);
  // The finding in the interface's language (its English words when it has no message id).
  const message = findingMessage(finding, metamodel);
  const fixText = finding.fix && fixLabel(finding.fix, metamodel);
  const [suppressing, setSuppressing] = useState(false);
  const concerned = subjectsOf(finding, subjects);
  const target = suppressionTarget(finding);
  const targetSubject = target === undefined ? undefined : subjects.get(target);
  const show = () => showFinding(wb, finding);
  const fix = () => {
    if (!finding.fix) return;
    wb.perform(finding.fix.edit);
    wb.notify('success', m.applied(fixText ?? finding.fix.label), { label: m.undo, run: wb.undo });
  };
  return (
    <li className={`finding finding--${finding.severity}`}>
      <div className="finding__head">
        <SeverityIcon severity={finding.severity} />
        <span className="visually-hidden">{m.severity[finding.severity]}: </span>
        {showable ? (
          <button className="finding__message" onClick={show} title={m.showFinding}>
            {message}
          </button>
        ) : (
          <p className="finding__message">{message}</p>
        )}
      </div>
      <div className="finding__body">
        <div className="finding__rule">{ruleTitle}</div>
        <details className="finding__why">
          <summary>{m.whyItMatters}</summary>
          <p>{ruleWords({ id: finding.rule, title: '', hint: finding.hint }).hint}</p>
          <p className="finding__where">
            {principleLabel} · {stepLabel}
          </p>
        </details>
        {concerned.length > 1 || (concerned.length === 1 && !message.includes(concerned[0]!.name)) ? (
          <div className="finding__concerns">
            <span className="muted">{m.concerns}</span>
            {concerned.slice(0, 8).map((s) =>
              s.kind === 'element' || s.kind === 'relation' ? (
                <button
                  key={s.id}
                  className="finding__subject"
                  translate="no"
                  title={m.showSubject(m.subjectKind[s.kind], s.name)}
                  onClick={() =>
                    showFinding(wb, {
                      ...finding,
                      elements: s.kind === 'element' ? [s.id] : [],
                      relations: s.kind === 'relation' ? [s.id] : [],
                    })
                  }
                >
                  {s.name}
                </button>
              ) : (
                <span
                  key={s.id}
                  className="finding__subject"
                  translate="no"
                  title={`${m.subjectKind[s.kind]} (${s.id})`}
                >
                  {s.name}
                </span>
              ),
            )}
            {concerned.length > 8 ? <span className="muted">{m.andMore(concerned.length - 8)}</span> : null}
          </div>
        ) : null}
        {!readOnly && (finding.fix || target !== undefined) ? (
          <div className="finding__actions">
            {finding.fix ? (
              <button className="primary" onClick={fix} title={m.quickFixHint}>
                {fixText}
              </button>
            ) : null}
            {target !== undefined && !suppressing ? (
              <button
                className="link-button"
                onClick={() => setSuppressing(true)}
                title={m.suppressHint(m.subjectKind[targetSubject?.kind ?? 'element'])}
              >
                {m.suppressFor(m.subjectKind[targetSubject?.kind ?? 'element'])}
              </button>
            ) : null}
          </div>
        ) : null}
        {suppressing && target !== undefined ? (
          <SuppressForm
            finding={finding}
            target={target}
            targetName={targetSubject?.name ?? target}
            onDone={() => setSuppressing(false)}
          />
        ) : null}
      </div>
    </li>
  );
}

/** Asks why the finding is acceptable; a suppression without a reason is refused where the user types. */
function SuppressForm({
  finding,
  target,
  targetName,
  onDone,
}: {
  finding: Finding;
  target: string;
  targetName: string;
  onDone: () => void;
}) {
  const wb = useActions();
  const m = useMessages().findings;
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = suppressFinding({ rule: finding.rule, target, reason }, targetName);
    if (!checked.ok) return setError(sentence(refusalMessage(checked)));
    wb.perform(checked.edit);
    wb.notify('success', m.suppressedFor(targetName), {
      label: m.undo,
      run: wb.undo,
    });
    onDone();
  };
  return (
    <form
      className="finding__suppress"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onDone())}
    >
      <label htmlFor={id}>{m.whyAcceptable(targetName)}</label>
      <textarea
        id={id}
        rows={2}
        autoFocus
        value={reason}
        placeholder={m.reasonPlaceholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setReason(e.target.value);
          setError(null);
        }}
      />
      {error ? (
        <div className="field__error" id={`${id}-error`} role="alert">
          {error}
        </div>
      ) : null}
      <div className="finding__actions">
        <button type="submit" className="primary">
          {m.suppress}
        </button>
        <button type="button" onClick={onDone}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
