import type { Draft } from 'immer';
import type * as z from 'zod';
import { numberedId, slug, uniqueId } from '../model/ids.ts';
import {
  DesignGoals,
  GlossaryEntry,
  Lane,
  MethodLogEntry,
  NamingRule,
  StructuralGoal,
  type Element,
  type Point,
  type PropertyValue,
  type RefDocument,
  type Source,
  type StepStatus,
} from '../model/schema.ts';
import { sayRefusal } from '../i18n/say.ts';
import { refuse, type Checked, type Refusal } from './command.ts';
import { edit, type Edit } from './history.ts';

// The method editors import the command kind from here.
export type { Checked } from './command.ts';

type Doc = Draft<RefDocument>;

/** Builds a command from user input checked against a schema, or refuses with the first problem. */
function checked<T>(schema: z.ZodType<T>, input: unknown, build: (value: T) => Edit): Checked {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, edit: build(result.data) };
  const issue = result.error.issues[0]!;
  const field = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return refuse(`${field}${issue.message}`);
}

/**
 * Like `checked` for partial changes: only the fields the caller gave (and not undefined) reach the edit,
 * because parsing a partial schema would fill defaults into fields the user did not touch.
 */
function checkedChanges<T extends object>(
  schema: z.ZodType<T>,
  changes: object,
  build: (given: Partial<T>) => Edit,
): Checked {
  const given = new Set(
    Object.entries(changes)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k),
  );
  return checked(schema, changes, (parsed) =>
    build(Object.fromEntries(Object.entries(parsed).filter(([k]) => given.has(k))) as Partial<T>),
  );
}

const now = () => new Date().toISOString();

// ---------- Step 1: structural goals ----------

const GoalFields = StructuralGoal.omit({ id: true });
type GoalFields = z.input<typeof GoalFields>;

/** Adds a structural goal; without an id it gets the next free `goal-n`. */
export function addStructuralGoal(goal: GoalFields & { id?: string }): Checked {
  return checked(StructuralGoal.extend({ id: StructuralGoal.shape.id.optional() }), goal, (g) =>
    edit({ id: 'goal.add' }, (doc) => {
      doc.structuralGoals.push({ ...g, id: g.id ?? numberedId('goal', new Set(doc.structuralGoals.map((x) => x.id))) });
    }),
  );
}

export function updateStructuralGoal(id: string, changes: Partial<GoalFields>): Checked {
  return checkedChanges(GoalFields.partial(), changes, (c) =>
    edit({ id: 'goal.edit', params: { id } }, (doc) => {
      const goal = doc.structuralGoals.find((g) => g.id === id);
      if (goal) Object.assign(goal, c);
    }),
  );
}

/** Removes a structural goal; elements that served it are unlinked in the same step. */
export function removeStructuralGoal(id: string): Edit {
  return edit({ id: 'goal.remove', params: { id } }, (doc) => {
    doc.structuralGoals = doc.structuralGoals.filter((g) => g.id !== id);
    for (const el of doc.elements) if (el.goals.includes(id)) el.goals = el.goals.filter((g) => g !== id);
  });
}

/** Records that an element serves a structural goal (no change if it already does). */
export function linkElementToGoal(elementId: string, goalId: string): Edit {
  return edit({ id: 'goal.link', params: { element: elementId, goal: goalId } }, (doc) => {
    const el = doc.elements.find((e) => e.id === elementId);
    if (el && !el.goals.includes(goalId) && doc.structuralGoals.some((g) => g.id === goalId)) el.goals.push(goalId);
  });
}

export function unlinkElementFromGoal(elementId: string, goalId: string): Edit {
  return edit({ id: 'goal.unlink', params: { element: elementId, goal: goalId } }, (doc) => {
    const el = doc.elements.find((e) => e.id === elementId);
    if (el) el.goals = el.goals.filter((g) => g !== goalId);
  });
}

// ---------- Step 2: macro structure ----------

/** Areas are the functional columns (Sales, Management, Operations); roles the parties (Client, Provider, Customer). */
export type LaneKind = 'area' | 'role';
const lanesOf = (doc: Doc, kind: LaneKind) => (kind === 'area' ? doc.macroStructure.areas : doc.macroStructure.roles);
const LaneFields = Lane.omit({ id: true });
type LaneFields = z.input<typeof LaneFields>;

/** Adds an area or role at `index` (default: last); without an id it gets one from its name. */
export function addLane(kind: LaneKind, lane: LaneFields & { id?: string }, index?: number): Checked {
  return checked(Lane.extend({ id: Lane.shape.id.optional() }), lane, (l) =>
    edit({ id: 'lane.add', params: { kind, name: l.name } }, (doc) => {
      const lanes = lanesOf(doc, kind);
      const taken = new Set([...doc.macroStructure.areas, ...doc.macroStructure.roles].map((x) => x.id));
      const added = { ...l, id: l.id ?? uniqueId(slug(l.name) || kind, taken) };
      lanes.splice(index ?? lanes.length, 0, added);
    }),
  );
}

export function updateLane(kind: LaneKind, id: string, changes: Partial<LaneFields>): Checked {
  return checkedChanges(LaneFields.partial(), changes, (c) =>
    edit({ id: 'lane.edit', params: { kind, id } }, (doc) => {
      const lane = lanesOf(doc, kind).find((l) => l.id === id);
      if (lane) Object.assign(lane, c);
    }),
  );
}

/**
 * Removes an area or role. Its elements move to the lane `reassignTo` (same kind), or lose
 * that lane when it is null (validation then reports processes without a cell).
 */
export function removeLane(kind: LaneKind, id: string, reassignTo: string | null): Edit {
  return edit({ id: 'lane.remove', params: { kind, id, to: reassignTo ?? '' } }, (doc) => {
    const lanes = lanesOf(doc, kind);
    const i = lanes.findIndex((l) => l.id === id);
    if (i < 0) return;
    lanes.splice(i, 1);
    // A target that is not a remaining lane would leave a dangling reference.
    const target = reassignTo !== null && lanes.some((l) => l.id === reassignTo) ? reassignTo : null;
    for (const el of doc.elements) if (el[kind] === id) el[kind] = target;
  });
}

/** Moves an area or role to another position; lane order is the order of columns or rows. */
export function moveLane(kind: LaneKind, id: string, toIndex: number): Edit {
  return edit({ id: 'lane.move', params: { kind, id } }, (doc) => {
    const lanes = lanesOf(doc, kind);
    const from = lanes.findIndex((l) => l.id === id);
    if (from < 0) return;
    const to = Math.max(0, Math.min(lanes.length - 1, toIndex));
    if (to === from) return;
    const [lane] = lanes.splice(from, 1);
    lanes.splice(to, 0, lane!);
  });
}

// ---------- Step 3: a catalogue process into a cell ----------

/** A process of a catalogue (Geib et al. 2005, COPC-2000) with the quality measures it requires. */
export interface CatalogueProcess {
  readonly type: string;
  readonly name: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, PropertyValue>>;
  readonly source?: Source;
  readonly measures: readonly {
    readonly name: string;
    readonly description?: string;
    readonly properties: Readonly<Record<string, PropertyValue>>;
  }[];
}

export type CatalogueAdd = { ok: true; edit: Edit; processId: string; measureIds: string[] } | Refusal;

/**
 * Adds a catalogue process to an area × role cell, with one quality measure per catalogue measure and
 * a `measures` relation from each: one undo step. The catalogue's source is added to the model's sources
 * when missing. With a placement, the process and its measures are placed in that view.
 */
export function addCatalogueProcess(
  doc: RefDocument,
  entry: CatalogueProcess,
  cell: { area: string; role: string },
  placement?: { viewId: string; position: Point },
): CatalogueAdd {
  if (!doc.macroStructure.areas.some((a) => a.id === cell.area))
    return refuse(sayRefusal('macro.no-area', { area: cell.area }));
  if (!doc.macroStructure.roles.some((r) => r.id === cell.role))
    return refuse(sayRefusal('macro.no-role', { role: cell.role }));
  const taken = new Set([...doc.elements.map((e) => e.id), ...doc.relations.map((r) => r.id)]);
  const claim = (id: string) => {
    taken.add(id);
    return id;
  };
  const provenance = { note: '', ...(entry.source ? { source: entry.source.id } : {}) };
  const element = (
    id: string,
    type: string,
    name: string,
    description: string | undefined,
    properties: Readonly<Record<string, PropertyValue>>,
  ): Element => ({
    id,
    type,
    name,
    description: description ?? '',
    area: cell.area,
    role: cell.role,
    optional: false,
    properties: { ...properties },
    provenance: { ...provenance },
    goals: [],
  });
  const process = element(
    claim(uniqueId(`p-${slug(entry.name)}`, taken)),
    entry.type,
    entry.name,
    entry.description,
    entry.properties ?? {},
  );
  const measures = entry.measures.map((m) =>
    element(claim(uniqueId(`m-${slug(m.name)}`, taken)), 'quality-measure', m.name, m.description, m.properties),
  );
  const relations = measures.map((m) => ({
    id: claim(numberedId('r', taken)),
    type: 'measures',
    source: m.id,
    target: process.id,
    label: '',
  }));
  return {
    ok: true,
    processId: process.id,
    measureIds: measures.map((m) => m.id),
    edit: edit({ id: 'process.add', params: { name: entry.name, measures: measures.length } }, (draft) => {
      if (entry.source && !draft.meta.sources.some((s) => s.id === entry.source!.id))
        draft.meta.sources.push({ ...entry.source });
      draft.elements.push(process, ...measures);
      draft.relations.push(...relations);
      const view = placement && draft.views.find((v) => v.id === placement.viewId);
      if (!view || !placement) return;
      // Measures sit in a row below their process, like badges.
      const at = [
        placement.position,
        ...measures.map((_, i) => ({ x: placement.position.x + i * 150, y: placement.position.y + 110 })),
      ];
      [process, ...measures].forEach((el, i) => {
        if (view.elements !== 'all') view.elements.push(el.id);
        view.positions[el.id] = { x: Math.round(at[i]!.x), y: Math.round(at[i]!.y) };
      });
    }),
  };
}

// ---------- Step 4: design goals ----------

const Presentation = DesignGoals.pick({
  flowDirection: true,
  colourBy: true,
  laneOrientation: true,
  maxElementsPerView: true,
}).partial();

/** Changes how the model is drawn: flow direction, what colour means, lane orientation, the view size limit. */
export function updateDesignGoals(changes: z.input<typeof Presentation>): Checked {
  return checkedChanges(Presentation, changes, (c) =>
    edit({ id: 'design-goals.edit', params: { fields: Object.keys(c) } }, (doc) => {
      Object.assign(doc.designGoals, c);
    }),
  );
}

const RuleFields = NamingRule.omit({ id: true });
type RuleFields = z.input<typeof RuleFields>;
const compiles = (pattern: string) => {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
};
const patternCheck = { message: 'the pattern is not a valid regular expression' };

/** Adds a naming rule; its pattern must be a valid regular expression. Without an id it gets `rule-n`. */
export function addNamingRule(rule: RuleFields & { id?: string }): Checked {
  const schema = NamingRule.extend({
    id: NamingRule.shape.id.optional(),
    pattern: NamingRule.shape.pattern.refine(compiles, patternCheck),
  });
  return checked(schema, rule, (r) =>
    edit({ id: 'naming-rule.add' }, (doc) => {
      const rules = doc.designGoals.namingRules;
      rules.push({ ...r, id: r.id ?? numberedId('rule', new Set(rules.map((x) => x.id))) });
    }),
  );
}

export function updateNamingRule(id: string, changes: Partial<RuleFields>): Checked {
  return checkedChanges(
    RuleFields.extend({ pattern: NamingRule.shape.pattern.refine(compiles, patternCheck) }).partial(),
    changes,
    (c) =>
      edit({ id: 'naming-rule.edit', params: { id } }, (doc) => {
        const rule = doc.designGoals.namingRules.find((r) => r.id === id);
        if (rule) Object.assign(rule, c);
      }),
  );
}

export function removeNamingRule(id: string): Edit {
  return edit({ id: 'naming-rule.remove', params: { id } }, (doc) => {
    doc.designGoals.namingRules = doc.designGoals.namingRules.filter((r) => r.id !== id);
  });
}

type GlossaryInput = z.input<typeof GlossaryEntry>;
const sameTerm = (a: string) => (entry: { term: string }) => entry.term.trim().toLowerCase() === a.trim().toLowerCase();

/** Defines a glossary term; a term already in the glossary (any case) gets the new definition, as a glossary defines each term once. */
export function addGlossaryEntry(entry: GlossaryInput): Checked {
  return checked(GlossaryEntry, entry, (e) =>
    edit({ id: 'glossary.define', params: { term: e.term } }, (doc) => {
      const glossary = doc.designGoals.glossary;
      const i = glossary.findIndex(sameTerm(e.term));
      if (i >= 0) glossary[i] = e;
      else glossary.push(e);
    }),
  );
}

export function updateGlossaryEntry(term: string, changes: Partial<GlossaryInput>): Checked {
  return checkedChanges(GlossaryEntry.partial(), changes, (c) =>
    edit({ id: 'glossary.edit', params: { term } }, (doc) => {
      const entry = doc.designGoals.glossary.find(sameTerm(term));
      if (entry) Object.assign(entry, c);
    }),
  );
}

export function removeGlossaryEntry(term: string): Edit {
  return edit({ id: 'glossary.remove', params: { term } }, (doc) => {
    doc.designGoals.glossary = doc.designGoals.glossary.filter((e) => !sameTerm(term)(e));
  });
}

// ---------- Method state and log ----------

export function setCurrentStep(stepId: string): Edit {
  return edit({ id: 'step.go', params: { step: stepId } }, (doc) => {
    doc.method.currentStep = stepId;
  });
}

export function setStepStatus(stepId: string, status: StepStatus): Edit {
  return edit({ id: 'step.mark', params: { step: stepId, status } }, (doc) => {
    doc.method.steps[stepId] = status;
  });
}

type LogInput = z.input<typeof MethodLogEntry>;
const LogEntry = MethodLogEntry.refine((e) => e.action !== 'gate-skipped' || e.note.trim() !== '', {
  message: 'skipping a gate needs a justification',
  path: ['note'],
});

/** Appends an entry to the method log. A gate-skipped entry needs a justification in `note`. */
export function appendMethodLog(entry: Omit<LogInput, 'at'> & { at?: string }): Checked {
  return checked(LogEntry, { ...entry, at: entry.at ?? now() }, (e) =>
    edit({ id: 'step.log', params: { step: e.step, action: e.action } }, (doc) => void doc.method.log.push(e)),
  );
}

interface When {
  at?: string;
  actor?: string;
}

// Enters a step inside another command: current step, status in progress if not started, log entry.
function enter(doc: Doc, stepId: string, at: string, actor: string) {
  doc.method.currentStep = stepId;
  if ((doc.method.steps[stepId] ?? 'not-started') === 'not-started') doc.method.steps[stepId] = 'in-progress';
  doc.method.log.push({ at, step: stepId, action: 'entered', note: '', actor });
}

/** Goes to a step: it becomes current and in progress, and the log records it. No change when it is current already. */
export function enterStep(stepId: string, when: When = {}): Edit {
  const at = when.at ?? now();
  return edit({ id: 'step.go', params: { step: stepId } }, (doc) => {
    if (doc.method.currentStep !== stepId) enter(doc, stepId, at, when.actor ?? '');
  });
}

/**
 * Completes a step whose gate passes: done (or done with warnings), logged, and moves on to `next` when given.
 * A gate with errors cannot be completed; `skipGate` moves on with a justification instead.
 */
export function completeStep(
  stepId: string,
  gate: { errors: readonly unknown[]; warnings: readonly unknown[] },
  when: When & { next?: string; note?: string } = {},
): Checked {
  if (gate.errors.length) return refuse(sayRefusal('gate.errors', { step: stepId, count: gate.errors.length }));
  const at = when.at ?? now();
  const actor = when.actor ?? '';
  return {
    ok: true,
    edit: edit({ id: 'step.complete', params: { step: stepId } }, (doc) => {
      doc.method.steps[stepId] = gate.warnings.length ? 'done-with-warnings' : 'done';
      const note = when.note ?? (gate.warnings.length ? `${gate.warnings.length} warning(s) open` : '');
      doc.method.log.push({ at, step: stepId, action: 'completed', note, actor });
      if (when.next) enter(doc, when.next, at, actor);
    }),
  };
}

/** Moves on from a step whose gate fails: the step stays in progress and the justification is logged. */
export function skipGate(stepId: string, justification: string, when: When & { next?: string } = {}): Checked {
  if (!justification.trim()) return refuse(sayRefusal('gate.justify', undefined));
  const at = when.at ?? now();
  const actor = when.actor ?? '';
  return {
    ok: true,
    edit: edit({ id: 'step.skip-gate', params: { step: stepId } }, (doc) => {
      if ((doc.method.steps[stepId] ?? 'not-started') === 'not-started') doc.method.steps[stepId] = 'in-progress';
      doc.method.log.push({ at, step: stepId, action: 'gate-skipped', note: justification.trim(), actor });
      if (when.next) enter(doc, when.next, at, actor);
    }),
  };
}

/** Reopens a completed step: it becomes current and in progress again, with the reason logged. */
export function reopenStep(stepId: string, reason: string, when: When = {}): Edit {
  const at = when.at ?? now();
  return edit({ id: 'step.reopen', params: { step: stepId } }, (doc) => {
    doc.method.currentStep = stepId;
    doc.method.steps[stepId] = 'in-progress';
    doc.method.log.push({ at, step: stepId, action: 'reopened', note: reason.trim(), actor: when.actor ?? '' });
  });
}
