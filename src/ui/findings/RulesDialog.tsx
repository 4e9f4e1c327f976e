import { useMemo, useState } from 'react';
import { removeUserRule } from '../../core/commands/validation-settings.ts';
import type { UserRule } from '../../core/model/validation-settings.ts';
import { Dialog } from '../shell/Dialog.tsx';
import type { DialogProps } from '../shell/features.tsx';
import { useActions, useDocument, useWb } from '../workbench-context.ts';
import { BuiltInRules } from './BuiltInRules.tsx';
import { describeRule } from './rule-draft.ts';
import { countOf, SeverityIcon } from './SeverityIcon.tsx';
import { UserRuleForm } from './UserRuleForm.tsx';
import './badges.css';
import './rules.css';
import { useMessages } from '../i18n/messages.ts';

type Tab = 'own' | 'built-in';

/** The model's validation rules: its own rules (added without code) and how strict each built-in rule is. */
export default function RulesDialog({ arg, onClose }: DialogProps) {
  const wb = useActions();
  const m = useMessages().findings;
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const report = useWb((s) => s.validation?.report);
  const readOnly = useWb((s) => s.readOnly);
  const [tab, setTabState] = useState<Tab>(arg === 'built-in' ? 'built-in' : 'own');
  const [editing, setEditing] = useState<UserRule | null>(null);
  const [status, setStatus] = useState<{ message: string; undo?: boolean } | null>(null);
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const f of report?.findings ?? []) map.set(f.rule, (map.get(f.rule) ?? 0) + 1);
    return map;
  }, [report]);
  const own = doc.validation.rules;

  const setTab = (next: Tab) => {
    setTabState(next);
    setStatus(null);
  };

  const remove = (rule: UserRule) => {
    wb.perform(removeUserRule(rule.id, rule.title));
    if (editing?.id === rule.id) setEditing(null);
    setStatus({ message: m.removedRule(rule.title), undo: true });
  };

  return (
    <Dialog title={m.validationRules} onClose={onClose} wide>
      <div className="rules-dialog">
        <div className="rules-dialog__tabs" role="tablist" aria-label={m.rules}>
          <button role="tab" aria-selected={tab === 'own'} onClick={() => setTab('own')}>
            {m.ownRules} <span className="findings__count">{own.length}</span>
          </button>
          <button role="tab" aria-selected={tab === 'built-in'} onClick={() => setTab('built-in')}>
            {m.builtInRules}
          </button>
        </div>
        {status ? (
          <p className="rules-dialog__status" role="status">
            {status.message}
            {status.undo ? (
              <button
                onClick={() => {
                  wb.undo();
                  setStatus(null);
                }}
              >
                {m.undo}
              </button>
            ) : null}
          </p>
        ) : null}
        {tab === 'built-in' && report ? <BuiltInRules report={report} counts={counts} /> : null}
        {tab === 'own' ? (
          <div className="rules-dialog__own">
            <section aria-label={m.ownRules}>
              {own.length === 0 ? (
                <p className="muted rules-dialog__intro">{m.noOwnRules}</p>
              ) : (
                <ul className="user-rules">
                  {own.map((rule) => {
                    const n = counts.get(`user.${rule.id}`) ?? 0;
                    return (
                      <li key={rule.id} className={editing?.id === rule.id ? 'is-editing' : undefined}>
                        <SeverityIcon severity={rule.severity} />
                        <div className="user-rules__text">
                          <strong translate="no">{rule.title}</strong>
                          <span className="muted">{describeRule(rule, metamodel)}</span>
                        </div>
                        <span className="user-rules__count">{n ? countOf(rule.severity, n) : m.noFindingsYet}</span>
                        {readOnly ? null : (
                          <span className="user-rules__actions">
                            <button onClick={() => setEditing(rule)} aria-label={m.editRule(rule.title)}>
                              {m.edit}
                            </button>
                            <button
                              className="danger"
                              onClick={() => remove(rule)}
                              aria-label={m.removeRule(rule.title)}
                              title={m.removeRuleHint}
                            >
                              {m.remove}
                            </button>
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
            {readOnly ? null : (
              <UserRuleForm
                key={editing?.id ?? 'new'}
                editing={editing}
                onDone={(message) => {
                  setEditing(null);
                  setStatus(message ? { message } : null);
                }}
              />
            )}
          </div>
        ) : null}
      </div>
    </Dialog>
  );
}
