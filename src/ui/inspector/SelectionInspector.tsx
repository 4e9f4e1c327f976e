import { lazy, Suspense } from 'react';
import {
  deleteElements,
  deleteRelations,
  removeFromView,
  updateElement,
  updateRelation,
} from '../../core/commands/elements.ts';
import type { Element, Relation } from '../../core/model/schema.ts';
import { useActions, useCurrentView, useDocument, useWb } from '../workbench-context.ts';
import { CheckField, CommitText, SelectField } from './fields.tsx';
import { PropertyForm } from './PropertyForm.tsx';
import { TranslationFields } from './TranslationFields.tsx';
import { useCommand } from './use-command.ts';

const ExplainElement = lazy(() => import('../explain/ExplainElement.tsx').then((m) => ({ default: m.ExplainElement })));

/** Edits one element: name, description, type, lanes, optional flag, properties, provenance and goals. */
export function ElementInspector({ element }: { element: Element }) {
  const wb = useActions();
  const doc = useDocument();
  const view = useCurrentView();
  const metamodel = useWb((s) => s.metamodel);
  const type = metamodel.elementType(element.type);
  const { refusal, run } = useCommand();
  const change = (changes: Partial<Element>, label?: string, field?: string) =>
    run(updateElement(element.id, changes, label), field);
  const lanes = (list: { id: string; name: string }[], none: string) => [
    { value: '', label: none },
    ...list.map((l) => ({ value: l.id, label: l.name })),
  ];
  const source = doc.meta.sources.find((s) => s.id === element.provenance.source);

  return (
    <div className="inspector" aria-label={`Inspector: ${element.name}`}>
      <div className="inspector__head">
        <span className="inspector__kind">{type?.label ?? element.type}</span>
        <code className="inspector__id" title="Element id">
          {element.id}
        </code>
      </div>
      <Suspense fallback={null}>
        <ExplainElement element={element} />
      </Suspense>
      <CommitText
        label="Name"
        value={element.name}
        refusal={refusal('name')}
        onCommit={(name) => change({ name: name.trim() }, `Rename ${element.name} to ${name.trim()}`, 'name')}
      />
      <CommitText
        label="Description"
        value={element.description}
        refusal={refusal('description')}
        multiline
        onCommit={(description) => change({ description }, `Describe ${element.name}`, 'description')}
      />
      <TranslationFields element={element} change={change} refusal={refusal} />
      {type?.description ? <p className="inspector__explain">{type.description}</p> : null}
      <SelectField
        label="Type"
        value={element.type}
        options={metamodel.data.elementTypes.map((t) => ({
          value: t.id,
          label: `${metamodel.category(t.category)?.label}: ${t.label}`,
        }))}
        onChange={(t) => change({ type: t }, `Change type of ${element.name}`)}
      />
      <div className="field-row">
        <SelectField
          label="Role"
          value={element.role ?? ''}
          options={lanes(doc.macroStructure.roles, 'No role')}
          onChange={(role) => change({ role: role || null }, `Move ${element.name} to role ${role || 'none'}`)}
        />
        <SelectField
          label="Area"
          value={element.area ?? ''}
          options={lanes(doc.macroStructure.areas, 'No area')}
          onChange={(area) => change({ area: area || null }, `Move ${element.name} to area ${area || 'none'}`)}
        />
      </div>
      <CheckField
        label="Optional (marked “?” in the source, still undecided)"
        checked={element.optional}
        onChange={(optional) =>
          change(
            { optional },
            `${optional ? 'Mark' : 'Decide'} ${element.name} ${optional ? 'as optional' : ''}`.trim(),
          )
        }
      />
      <PropertyForm
        element={element}
        metamodel={metamodel}
        onChange={(properties) => change({ properties }, `Edit properties of ${element.name}`)}
      />
      <fieldset className="inspector__group">
        <legend>Provenance</legend>
        <SelectField
          label="Source"
          value={element.provenance.source ?? ''}
          options={[
            { value: '', label: '— none —' },
            ...doc.meta.sources.map((s) => ({ value: s.id, label: s.label })),
          ]}
          onChange={(s) =>
            change({ provenance: { ...element.provenance, source: s || undefined } }, `Cite source for ${element.name}`)
          }
        />
        {source?.citation ? <p className="inspector__citation">{source.citation}</p> : null}
        <div className="field-row">
          <SelectField
            label="Confidence"
            value={element.provenance.confidence ?? ''}
            options={[
              { value: '', label: '—' },
              { value: 'low', label: 'low' },
              { value: 'medium', label: 'medium' },
              { value: 'high', label: 'high' },
            ]}
            onChange={(c) => change({ provenance: { ...element.provenance, confidence: c || undefined } })}
          />
          <SelectField
            label="Status"
            value={element.provenance.status ?? ''}
            options={[
              { value: '', label: '—' },
              { value: 'proposed', label: 'proposed' },
              { value: 'agreed', label: 'agreed' },
              { value: 'validated', label: 'validated' },
            ]}
            onChange={(st) => change({ provenance: { ...element.provenance, status: st || undefined } })}
          />
        </div>
        <CommitText
          label="Provenance note"
          value={element.provenance.note}
          refusal={refusal('note')}
          onCommit={(note) => change({ provenance: { ...element.provenance, note } }, undefined, 'note')}
        />
      </fieldset>
      {doc.structuralGoals.length ? (
        <fieldset className="inspector__group">
          <legend>Serves structural goals</legend>
          {doc.structuralGoals.map((g) => (
            <CheckField
              key={g.id}
              label={g.text}
              checked={element.goals.includes(g.id)}
              onChange={(on) =>
                change(
                  { goals: on ? [...element.goals, g.id] : element.goals.filter((x) => x !== g.id) },
                  `${on ? 'Link' : 'Unlink'} ${element.name} ${on ? 'to' : 'from'} a goal`,
                )
              }
            />
          ))}
        </fieldset>
      ) : null}
      <div className="inspector__actions">
        <button onClick={() => wb.focusElement(element.id)}>Show on canvas</button>
        {view && view.elements !== 'all' ? (
          <button
            onClick={() => run(removeFromView(view.id, [element.id]))}
            title="Hide from this view; the element stays in the model and in other views"
          >
            Remove from view
          </button>
        ) : null}
        <button
          className="danger"
          onClick={() => run(deleteElements([element.id], `Delete ${element.name}`))}
          title="Delete from the model, its relations and every view (Shift+Delete; undo with Ctrl+Z)"
        >
          Delete from model
        </button>
      </div>
    </div>
  );
}

/** Edits one relation: its type and label. */
export function RelationInspector({ relation }: { relation: Relation }) {
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const source = doc.elements.find((e) => e.id === relation.source);
  const target = doc.elements.find((e) => e.id === relation.target);
  const allowed = source && target ? metamodel.allowedRelations(source.type, target.type) : [];
  const options = allowed.some((r) => r.id === relation.type)
    ? allowed
    : [...allowed, ...(metamodel.relationType(relation.type) ? [metamodel.relationType(relation.type)!] : [])];
  const reason = source && target ? metamodel.whyNot(relation.type, source.type, target.type) : null;
  const { refusal, perform, run } = useCommand();
  const change = (changes: Parameters<typeof updateRelation>[3], field?: string) =>
    perform(updateRelation(doc, metamodel, relation.id, changes), field);
  return (
    <div className="inspector" aria-label="Inspector: relation">
      <div className="inspector__head">
        <span className="inspector__kind">Relation</span>
        <code className="inspector__id">{relation.id}</code>
      </div>
      <p className="inspector__relation">
        <strong>{source?.name ?? relation.source}</strong> → <strong>{target?.name ?? relation.target}</strong>
      </p>
      <SelectField
        label="Type"
        value={relation.type}
        options={options.map((r) => ({ value: r.id, label: r.label }))}
        onChange={(type) => change({ type })}
      />
      {reason ? (
        <p className="field__error" role="alert">
          {reason}
        </p>
      ) : (
        <p className="inspector__explain">{metamodel.relationType(relation.type)?.description}</p>
      )}
      <CommitText
        label="Label"
        value={relation.label}
        refusal={refusal('label')}
        onCommit={(label) => change({ label }, 'label')}
        hint="Shown on the edge instead of the type name."
      />
      <div className="inspector__actions">
        <button className="danger" onClick={() => run(deleteRelations([relation.id]))}>
          Delete relation
        </button>
      </div>
    </div>
  );
}
