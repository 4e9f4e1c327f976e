import { useState, type FormEvent } from 'react';
import { addUserRule, updateUserRule } from '../../core/commands/validation-settings.ts';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import type { UserRule } from '../../core/model/validation-settings.ts';
import { useMessages } from '../i18n/messages.ts';
import { useActions, useWb } from '../workbench-context.ts';
import { draftOf, emptyDraft, inputOf, typesOf, type RuleDraft } from './rule-draft.ts';
import { refusalMessage } from '../../core/i18n/say.ts';

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.');

/** False when no pair of types the rule names may be linked by the relation in the rule's direction. */
function relationPossible(metamodel: Metamodel, d: RuleDraft): boolean {
  if (d.kind !== 'required-relation') return true;
  const mine = typesOf(metamodel, d.appliesTo);
  const others = typesOf(metamodel, d.other);
  return mine.some((a) =>
    others.some((b) =>
      metamodel
        .allowedRelations(d.direction === 'outgoing' ? a : b, d.direction === 'outgoing' ? b : a)
        .some((r) => r.id === d.relation),
    ),
  );
}

/**
 * The user rule form's state: the rule as typed, the errors core or the form found by field (cleared by the next
 * change), and the submit that adds or saves the rule as one undoable step.
 */
export function useUserRuleForm(editing: UserRule | null, onDone: (message: string) => void) {
  const wb = useActions();
  const m = useMessages().findings;
  const metamodel = useWb((s) => s.metamodel);
  const [draft, setDraft] = useState<RuleDraft>(() => (editing ? draftOf(editing, metamodel) : emptyDraft(metamodel)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (changes: Partial<RuleDraft>) => {
    setDraft({ ...draft, ...changes });
    setErrors({});
  };
  // The properties the chosen types have, each once.
  const properties = [
    ...new Map(
      typesOf(metamodel, draft.appliesTo)
        .flatMap((t) => metamodel.elementType(t)?.properties ?? [])
        .map((p) => [p.key, p]),
    ).values(),
  ];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const read = inputOf(draft);
    if (!read.ok) return setErrors(read.errors);
    const checked = editing ? updateUserRule(editing.id, read.input) : addUserRule(read.input);
    if (!checked.ok) return setErrors({ [checked.field ?? 'form']: sentence(refusalMessage(checked, metamodel)) });
    wb.perform(checked.edit);
    setDraft(emptyDraft(metamodel, draft.kind));
    onDone(editing ? m.savedRule(draft.title.trim()) : m.addedRule(draft.title.trim()));
  };

  return { metamodel, draft, errors, set, properties, possible: relationPossible(metamodel, draft), submit };
}

export type RuleForm = ReturnType<typeof useUserRuleForm>;
