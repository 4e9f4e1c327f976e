import type { LinkAdaptation } from '../../model/derivation.ts';
import type { MethodState, StepStatus } from '../../model/schema.ts';
import type { Text, Wording } from '../text.ts';
import { imports } from './imports.ts';
import { patternReason, type PatternReason } from './patterns.ts';
import { agreement } from './agreement.ts';

const elements = (p: { count: number; name: string }) => (p.count === 1 ? p.name : `${p.count} elements`);
const cell = (p: { lane: string; like: string }) => `${p.lane} (like "${p.like}")`;
const SEVERITY = { error: 'an error', warning: 'a warning', info: 'a note' } as const;

/** The commands' names in English, as the undo and redo buttons and the history show them: the words they have always had. */
export const commands = {
  'element.add': (p: { name: string }) => `Add ${p.name}`,
  'element.rename-to': (p: { name: string }) => `Rename to ${p.name}`,
  'element.edit-fields': (p: { fields: string[]; id: string }) => `Edit ${p.fields.join(', ')} of ${p.id}`,
  'element.translate': (p: { field: 'name' | 'description'; language: string; name: string }, w: Wording) =>
    `${p.field === 'name' ? 'Name' : 'Description'} in ${w.language(p.language)}: ${p.name}`,
  'element.keep-optional': (p: { name: string }) => `Keep ${p.name} (decide "?")`,
  'element.drop-missing-references': (p: { id: string }) => `Remove missing references of ${p.id}`,
  'element.place-in-area': (p: { name: string; area: string }) => `Place ${p.name} in ${p.area}`,
  'element.put-in-cell': (p: { area?: { lane: string; like: string }; role?: { lane: string; like: string } }) =>
    `Put in ${[p.area && `area ${cell(p.area)}`, p.role && `role ${cell(p.role)}`].filter(Boolean).join(' and ')}`,
  'elements.move': (p: { count: number }) => (p.count === 1 ? 'Move element' : `Move ${p.count} elements`),
  'elements.nudge': (p: { count: number; name: string }) => `Nudge ${elements(p)}`,
  'elements.delete': (p: { count: number; name: string }) => `Delete ${elements(p)}`,
  'elements.cut': (p: { count: number; name: string }) => `Cut ${elements(p)}`,
  'elements.paste': (p: { count: number; name: string }) => `Paste ${elements(p)}`,
  'elements.duplicate': (p: { count: number; name: string }) => `Duplicate ${elements(p)}`,
  'paste.refused': () => 'Paste refused',
  'selection.delete': (p: { count: number }) => `Delete ${p.count} items`,
  'relation.connect': (p: { source: string; target: string }) => `Connect ${p.source} → ${p.target}`,
  'relation.edit': (p: { id: string }) => `Edit relation ${p.id}`,
  'relation.retype': (p: { id: string; type: string }, w: Wording) =>
    `Change relation ${p.id} to ${w.relationLabel(p.type)}`,
  'relations.delete': (p: { count: number; id: string }) =>
    p.count === 1 ? `Delete relation ${p.id}` : `Delete ${p.count} relations`,
  'view.add-elements': (p: { count: number; name: string }) => `Add ${elements(p)} to view`,
  'view.remove-elements': (p: { count: number; name: string }) => `Remove ${elements(p)} from view`,
  'view.add-near': (p: { id: string; view: string }) => `Add ${p.id} to view ${p.view}`,
  'view.auto-layout': () => 'Auto layout',
  'view.show-role-elements': (p: { role: string; view: string }) => `Show ${p.role} elements in ${p.view}`,
  'view.delete': (p: { view: string }) => `Delete view ${p.view}`,
  'view.show-all': (p: { view: string }) => `Show every element in ${p.view}`,
  'derive.mark': (p: { id: string; adaptation: Exclude<LinkAdaptation, 'omitted'> }) =>
    `Mark ${p.id} as ${p.adaptation}`,
  'derive.infer': (p: { id: string }) => `Infer the adaptation of ${p.id}`,
  'derive.omit': (p: { id: string }) => `Omit ${p.id}`,
  'derive.record': () => 'Record adaptations',
  'derive.take-over-one': (p: { summary: string }) => `Take over: ${p.summary}`,
  'derive.take-over': (p: { count: number }) => `Take over ${p.count} reference changes`,
  'validation.profile': (p: { name: string }) => `Validate with the ${p.name} profile`,
  'rule.reset-severity': (p: { title: string }) => `Reset severity of "${p.title}"`,
  'rule.switch-off': (p: { title: string }) => `Switch off "${p.title}"`,
  'rule.make': (p: { title: string; severity: keyof typeof SEVERITY }) => `Make "${p.title}" ${SEVERITY[p.severity]}`,
  'rule.add': (p: { title: string }) => `Add rule "${p.title}"`,
  'rule.edit': (p: { title: string }) => `Edit rule "${p.title}"`,
  'rule.remove': (p: { title: string }) => `Remove rule "${p.title}"`,
  'finding.suppress': (p: { target: string }) => `Suppress a finding for ${p.target}`,
  'finding.restore': (p: { target: string }) => `Restore a finding for ${p.target}`,
  'goal.add': () => 'Add structural goal',
  'goal.edit': (p: { id: string }) => `Edit structural goal ${p.id}`,
  'goal.remove': (p: { id: string }) => `Remove structural goal ${p.id}`,
  'goal.link': (p: { element: string; goal: string }) => `Link ${p.element} to goal ${p.goal}`,
  'goal.unlink': (p: { element: string; goal: string }) => `Unlink ${p.element} from goal ${p.goal}`,
  'lane.add': (p: { kind: 'area' | 'role'; name: string }) => `Add ${p.kind} ${p.name}`,
  'lane.edit': (p: { kind: 'area' | 'role'; id: string }) => `Edit ${p.kind} ${p.id}`,
  'lane.remove': (p: { kind: 'area' | 'role'; id: string; to: string }) =>
    `Remove ${p.kind} ${p.id} (elements to ${p.to || `no ${p.kind}`})`,
  'lane.move': (p: { kind: 'area' | 'role'; id: string }) => `Move ${p.kind} ${p.id}`,
  'process.add': (p: { name: string; measures: number }) =>
    `Add ${p.name}${p.measures ? ` with ${p.measures} measure${p.measures === 1 ? '' : 's'}` : ''}`,
  'design-goals.edit': (p: { fields: string[] }) => `Edit design goals (${p.fields.join(', ')})`,
  'naming-rule.add': () => 'Add naming rule',
  'naming-rule.edit': (p: { id: string }) => `Edit naming rule ${p.id}`,
  'naming-rule.remove': (p: { id: string }) => `Remove naming rule ${p.id}`,
  'glossary.define': (p: { term: string }) => `Define ${p.term}`,
  'glossary.edit': (p: { term: string }) => `Edit glossary term ${p.term}`,
  'glossary.remove': (p: { term: string }) => `Remove glossary term ${p.term}`,
  'step.go': (p: { step: string }) => `Go to step ${p.step}`,
  'step.mark': (p: { step: string; status: StepStatus }) => `Mark step ${p.step} ${p.status}`,
  'step.log': (p: { step: string; action: MethodState['log'][number]['action'] }) => `Log ${p.action} (${p.step})`,
  'step.complete': (p: { step: string }) => `Complete step ${p.step}`,
  'step.skip-gate': (p: { step: string }) => `Skip the gate of step ${p.step}`,
  'step.reopen': (p: { step: string }) => `Reopen step ${p.step}`,
  'evaluation.add': (p: { title: string }) => `Add evaluation ${p.title}`,
  'evaluation.edit': () => 'Edit evaluation',
  'evaluation.score': (p: { criterion: string }) => `Score ${p.criterion}`,
  'evaluation.confirm-proposal': (p: { criterion: string }) => `Confirm proposal for ${p.criterion}`,
  'evaluation.delete': () => 'Delete evaluation',
  'import.csv': (p: { elements: number; relations: number }) =>
    `Import CSV (${p.elements} elements, ${p.relations} relations)`,
  'import.mermaid': (p: { elements: number; relations: number }) =>
    `Import Mermaid flowchart (${p.elements} elements, ${p.relations} relations)`,
  'import.drawio': (p: { elements: number; relations: number }) =>
    `Import draw.io diagram (${p.elements} elements, ${p.relations} relations)`,
  configure: (p: { count: number }) => `Configure with ${p.count} answer${p.count === 1 ? '' : 's'}`,
  'room.changes': () => 'Changes from the room',
  'room.change': () => 'Change',
};

/** Why a command is refused, in English: the words the forms and notices have always shown. */
export const refusals = {
  ...agreement,
  'relation.unknown': imports['relation.unknown'],
  'relation.not-allowed': imports['relation.not-allowed'],
  'model.read-only': () => 'This model is open read-only, so the change was not made.',
  'macro.no-area': (p: { area: string }) => `The macro structure has no area "${p.area}".`,
  'macro.no-role': (p: { role: string }) => `The macro structure has no role "${p.role}".`,
  'gate.errors': (p: { step: string; count: number }) =>
    `The gate of step ${p.step} finds ${p.count} error(s); fix them or skip the gate with a justification.`,
  'gate.justify': () =>
    'Say why you move on although the gate fails; the justification is logged for the method record.',
  'finding.no-reason': () => 'say why this finding is accepted',
  'rule.no-pattern': () => 'write the pattern names must match',
  'paste.unknown-type': (p: { name: string; type: string }, w: Wording) =>
    `"${p.name}" was not pasted: the ${w.metamodel} metamodel has no element type "${p.type}".`,
  'paste.duplicate-id': (p: { name: string; id: string }) =>
    `"${p.name}" was not pasted: the copied elements hold the id "${p.id}" twice.`,
  'paste.outside': () => 'it points to an element outside the pasted ones.',
  // `because` is the reason's own id, read in the other languages; `reason` its English words.
  'paste.relation-left-out': (p: { source: string; target: string; reason: string; because?: Text }) =>
    `A relation ${p.source} → ${p.target} was not pasted: ${p.reason}`,
  'paste.nothing': (p: { reason: string; because?: Text }) => `Nothing was pasted: ${p.reason}`,
  'rule.bad-pattern': (p: { reason: PatternReason }) => `The pattern cannot be used: ${patternReason(p.reason)}.`,
};

/** Every language says why from the same parameters. */
export type RefusalMessages = {
  [K in keyof typeof refusals]: (params: Parameters<(typeof refusals)[K]>[0], w: Wording) => string;
};

/** Every language names each command from the same parameters (tsc checks German and Korean against these). */
export type CommandMessages = {
  [K in keyof typeof commands]: (params: Parameters<(typeof commands)[K]>[0], w: Wording) => string;
};
