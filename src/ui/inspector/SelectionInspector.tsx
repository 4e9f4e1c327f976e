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
import { useMessages } from '../i18n/messages.ts';
import { useShownDocument } from '../i18n/model-text.ts';
import { screenLabel } from '../i18n/labels.ts';
import type { Label } from '../../core/commands/label.ts';

const ExplainElement = lazy(() => import('../explain/ExplainElement.tsx').then((m) => ({ default: m.ExplainElement })));

/** Edits one element: name, description, type, lanes, optional flag, properties, provenance and goals. */
export function ElementInspector({ element }: { element: Element }) {
  const wb = useActions();
  const doc = useDocument();
  const view = useCurrentView();
  const metamodel = useWb((s) => s.metamodel);
  const type = metamodel.elementType(element.type);
  const { refusal, run } = useCommand();
  const m = useMessages().inspector;
  // Lane names as the canvas shows them, in the interface's language where the model has them.
  const shownLanes = useShownDocument(doc).doc.macroStructure;
  const change = (changes: Partial<Element>, label?: Label, field?: string) =>
    run(updateElement(element.id, changes, label), field);
  const lanes = (list: { id: string; name: string }[], none: string) => [
    { value: '', label: none },
    ...list.map((l) => ({ value: l.id, label: l.name })),
  ];
  const source = doc.meta.sources.find((s) => s.id === element.provenance.source);

  return (
    <div className="inspector" aria-label={m.element(element.name)}>
      <div className="inspector__head">
        <span className="inspector__kind">{type?.label ?? element.type}</span>
        <code className="inspector__id" title={m.elementId}>
          {element.id}
        </code>
      </div>
      <Suspense fallback={null}>
        <ExplainElement element={element} />
      </Suspense>
      <CommitText
        label={m.name}
        value={element.name}
        refusal={refusal('name')}
        onCommit={(name) =>
          change({ name: name.trim() }, screenLabel('inspector', 'renameLabel', element.name, name.trim()), 'name')
        }
      />
      <CommitText
        label={m.description}
        value={element.description}
        refusal={refusal('description')}
        multiline
        onCommit={(description) =>
          change({ description }, screenLabel('inspector', 'describeLabel', element.name), 'description')
        }
      />
      <TranslationFields element={element} change={change} refusal={refusal} />
      {type?.description ? <p className="inspector__explain">{type.description}</p> : null}
      <SelectField
        label={m.type}
        value={element.type}
        options={metamodel.data.elementTypes.map((t) => ({
          value: t.id,
          label: `${metamodel.category(t.category)?.label}: ${t.label}`,
        }))}
        onChange={(t) => change({ type: t }, screenLabel('inspector', 'typeLabel', element.name))}
      />
      <div className="field-row">
        <SelectField
          label={m.role}
          value={element.role ?? ''}
          options={lanes(shownLanes.roles, m.noRole)}
          onChange={(role) => change({ role: role || null }, screenLabel('inspector', 'roleLabel', element.name, role))}
        />
        <SelectField
          label={m.area}
          value={element.area ?? ''}
          options={lanes(shownLanes.areas, m.noArea)}
          onChange={(area) => change({ area: area || null }, screenLabel('inspector', 'areaLabel', element.name, area))}
        />
      </div>
      <CheckField
        label={m.optional}
        checked={element.optional}
        onChange={(optional) => change({ optional }, screenLabel('inspector', 'optionalLabel', element.name, optional))}
      />
      <PropertyForm
        element={element}
        metamodel={metamodel}
        onChange={(properties) => change({ properties }, screenLabel('inspector', 'propertiesLabel', element.name))}
      />
      <fieldset className="inspector__group">
        <legend>{m.provenance}</legend>
        <SelectField
          label={m.source}
          value={element.provenance.source ?? ''}
          options={[
            { value: '', label: m.noSource },
            ...doc.meta.sources.map((s) => ({ value: s.id, label: s.label })),
          ]}
          onChange={(s) =>
            change(
              { provenance: { ...element.provenance, source: s || undefined } },
              screenLabel('inspector', 'sourceLabel', element.name),
            )
          }
        />
        {source?.citation ? <p className="inspector__citation">{source.citation}</p> : null}
        <div className="field-row">
          <SelectField
            label={m.confidence}
            value={element.provenance.confidence ?? ''}
            options={[
              { value: '', label: '—' },
              { value: 'low', label: m.confidences.low },
              { value: 'medium', label: m.confidences.medium },
              { value: 'high', label: m.confidences.high },
            ]}
            onChange={(c) => change({ provenance: { ...element.provenance, confidence: c || undefined } })}
          />
          <SelectField
            label={m.status}
            value={element.provenance.status ?? ''}
            options={[
              { value: '', label: '—' },
              { value: 'proposed', label: m.statuses.proposed },
              { value: 'agreed', label: m.statuses.agreed },
              { value: 'validated', label: m.statuses.validated },
            ]}
            onChange={(st) => change({ provenance: { ...element.provenance, status: st || undefined } })}
          />
        </div>
        <CommitText
          label={m.provenanceNote}
          value={element.provenance.note}
          refusal={refusal('note')}
          onCommit={(note) => change({ provenance: { ...element.provenance, note } }, undefined, 'note')}
        />
      </fieldset>
      {doc.structuralGoals.length ? (
        <fieldset className="inspector__group">
          <legend>{m.goals}</legend>
          {doc.structuralGoals.map((g) => (
            <CheckField
              key={g.id}
              label={g.text}
              modelText
              checked={element.goals.includes(g.id)}
              onChange={(on) =>
                change(
                  { goals: on ? [...element.goals, g.id] : element.goals.filter((x) => x !== g.id) },
                  screenLabel('inspector', 'goalLabel', element.name, on),
                )
              }
            />
          ))}
        </fieldset>
      ) : null}
      <div className="inspector__actions">
        <button onClick={() => wb.focusElement(element.id)}>{m.showOnCanvas}</button>
        {view && view.elements !== 'all' ? (
          <button onClick={() => run(removeFromView(view.id, [element.id]))} title={m.removeFromViewTitle}>
            {m.removeFromView}
          </button>
        ) : null}
        <button
          className="danger"
          onClick={() => run(deleteElements([element.id], screenLabel('inspector', 'deleteLabel', element.name)))}
          title={m.deleteFromModelTitle}
        >
          {m.deleteFromModel}
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
  const m = useMessages().inspector;
  const change = (changes: Parameters<typeof updateRelation>[3], field?: string) =>
    perform(updateRelation(doc, metamodel, relation.id, changes), field);
  return (
    <div className="inspector" aria-label={m.relationInspector}>
      <div className="inspector__head">
        <span className="inspector__kind">{m.relation}</span>
        <code className="inspector__id">{relation.id}</code>
      </div>
      <p className="inspector__relation">
        <strong translate="no">{source?.name ?? relation.source}</strong> →{' '}
        <strong translate="no">{target?.name ?? relation.target}</strong>
      </p>
      <SelectField
        label={m.type}
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
        label={m.label}
        value={relation.label}
        refusal={refusal('label')}
        onCommit={(label) => change({ label }, 'label')}
        hint={m.labelHint}
      />
      <div className="inspector__actions">
        <button className="danger" onClick={() => run(deleteRelations([relation.id]))}>
          {m.deleteRelation}
        </button>
      </div>
    </div>
  );
}
