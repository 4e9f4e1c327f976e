import { updateElement } from '../../../core/commands/elements.ts';
import type { Element } from '../../../core/model/schema.ts';
import { CheckField } from '../../inspector/fields.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { useActions, useDocument, useWb } from '../../workbench-context.ts';
import { showElement } from '../show-element.ts';
import { LinkObjectForm, MeasureForm } from './ProcessForms.tsx';
import { screenLabel } from '../../i18n/labels.ts';

/** One process of step 3: its cell, its input and output objects, its measures and the goals it serves, with forms to add them. */
export function ProcessCard({ process }: { process: Element }) {
  const wb = useActions();
  const doc = useDocument();
  const metamodel = useWb((s) => s.metamodel);
  const m = useMessages().method;
  const name = (id: string) => doc.elements.find((e) => e.id === id);
  const category = (id: string) => metamodel.categoryOf(name(id)?.type ?? '')?.id;
  const inputs = doc.relations
    .filter((r) => r.type === 'input' && r.target === process.id && category(r.source) === 'business-object')
    .map((r) => name(r.source)!);
  const outputs = doc.relations
    .filter((r) => r.type === 'output' && r.source === process.id && category(r.target) === 'business-object')
    .map((r) => name(r.target)!);
  const measures = doc.relations
    .filter((r) => r.type === 'measures' && r.target === process.id && category(r.source) === 'quality-measure')
    .map((r) => name(r.source)!);
  const lane = (kind: 'areas' | 'roles', id: string | null) => doc.macroStructure[kind].find((l) => l.id === id)?.name;
  const cell =
    lane('roles', process.role) && lane('areas', process.area)
      ? `${lane('roles', process.role)} × ${lane('areas', process.area)}`
      : m.noCell;
  const hasIo = inputs.length + outputs.length > 0;
  const chips = (list: Element[]) =>
    list.map((e) => (
      <button
        key={e.id}
        className="chip chip__name"
        translate="no"
        onClick={() => showElement(wb, e.id)}
        title={m.showOnCanvas}
      >
        {e.name}
        {typeof e.properties.metricCategory === 'string' ? (
          <span className="muted"> · {e.properties.metricCategory}</span>
        ) : null}
      </button>
    ));
  return (
    <li className="editor__card">
      <details>
        <summary>
          <span className="editor__card-title" translate="no">
            {process.name}
          </span>
          <span className="editor__card-meta">
            {cell} · <Check ok={hasIo} label={m.objects(inputs.length + outputs.length)} /> ·{' '}
            <Check ok={measures.length > 0} label={m.measures(measures.length)} />
          </span>
        </summary>
        <div className="editor__card-body">
          <div className="editor__served">
            <span className="editor__label">{m.inputs}</span>
            {inputs.length ? chips(inputs) : <span className="muted">{m.none}</span>}
          </div>
          <div className="editor__served">
            <span className="editor__label">{m.outputs}</span>
            {outputs.length ? chips(outputs) : <span className="muted">{m.none}</span>}
          </div>
          <div className="editor__served">
            <span className="editor__label">{m.measuresLabel}</span>
            {measures.length ? chips(measures) : <span className="muted">{m.none}</span>}
          </div>
          {doc.structuralGoals.length ? (
            <fieldset className="editor__goals">
              <legend>{m.servesGoals}</legend>
              {doc.structuralGoals.map((g) => (
                <CheckField
                  key={g.id}
                  label={g.text}
                  checked={process.goals.includes(g.id)}
                  onChange={(on) =>
                    wb.perform(
                      updateElement(
                        process.id,
                        { goals: on ? [...process.goals, g.id] : process.goals.filter((x) => x !== g.id) },
                        on
                          ? screenLabel('method', 'linkToGoalEdit', process.name, g.id)
                          : screenLabel('method', 'unlinkFromGoalEdit', process.name, g.id),
                      ),
                    )
                  }
                />
              ))}
            </fieldset>
          ) : null}
          <LinkObjectForm process={process} />
          <MeasureForm process={process} />
        </div>
      </details>
    </li>
  );
}

function Check({ ok, label }: { ok: boolean; label: string }) {
  return (
    <span className={ok ? 'is-ok' : 'is-missing'}>
      <span aria-hidden="true">{ok ? '✓' : '✕'}</span> {label}
    </span>
  );
}
