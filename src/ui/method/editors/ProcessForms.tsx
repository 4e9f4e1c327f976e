import { useState } from 'react';
import type { Element } from '../../../core/model/schema.ts';
import { SelectField } from '../../inspector/fields.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { useActions, useDocument, useWb } from '../../workbench-context.ts';
import { attachMeasure, linkBusinessObject } from '../edits.ts';
import { Field } from './form.tsx';

const NEW = '';

/** Links a business object (existing or new) to a process as input or output. */
export function LinkObjectForm({ process }: { process: Element }) {
  const wb = useActions();
  const doc = useDocument();
  const viewId = useWb((s) => s.viewId);
  const metamodel = useWb((s) => s.metamodel);
  const m = useMessages().method;
  const types = metamodel.data.elementTypes.filter((t) => t.category === 'business-object');
  const objects = doc.elements.filter((e) => metamodel.categoryOf(e.type)?.id === 'business-object');
  const [open, setOpen] = useState(false);
  const [direction, setDirection] = useState<'input' | 'output'>('input');
  const [existing, setExisting] = useState(NEW);
  const [type, setType] = useState(types[0]?.id ?? '');
  const [name, setName] = useState('');
  const [cell, setCell] = useState({ role: process.role ?? '', area: process.area ?? '' });
  const [error, setError] = useState<string | null>(null);
  if (!open) {
    return (
      <button className="editor__add" onClick={() => setOpen(true)}>
        {m.addIoObject}
      </button>
    );
  }
  const link = () => {
    const objectType = metamodel.elementType(type);
    if (existing === NEW && (!name.trim() || !objectType)) return setError(m.objectNameRequired);
    const target =
      existing === NEW ? { type: objectType!, name, area: cell.area || null, role: cell.role || null } : { existing };
    wb.perform(linkBusinessObject(doc, process, direction, target, viewId));
    setOpen(false);
    setName('');
    setError(null);
  };
  const lanes = (list: { id: string; name: string }[], none: string) => [
    ...list.map((l) => ({ value: l.id, label: l.name })),
    { value: '', label: none },
  ];
  return (
    <fieldset className="editor__form" aria-label={m.linkObjectRegion(process.name)}>
      <legend>{m.ioObject}</legend>
      <div className="field-row">
        <SelectField
          label={m.direction}
          value={direction}
          options={[
            { value: 'input', label: m.input },
            { value: 'output', label: m.output },
          ]}
          onChange={setDirection}
        />
        <SelectField
          label={m.businessObject}
          value={existing}
          options={[{ value: NEW, label: m.newObject }, ...objects.map((o) => ({ value: o.id, label: o.name }))]}
          onChange={setExisting}
        />
      </div>
      {existing === NEW ? (
        <>
          <Field label={m.name} value={name} onChange={setName} placeholder={m.objectPlaceholder} error={error} />
          <SelectField
            label={m.type}
            value={type}
            options={types.map((t) => ({ value: t.id, label: t.label }))}
            onChange={setType}
          />
          <div className="field-row">
            <SelectField
              label={m.role}
              value={cell.role}
              options={lanes(doc.macroStructure.roles, m.noRole)}
              onChange={(role) => setCell({ ...cell, role })}
            />
            <SelectField
              label={m.area}
              value={cell.area}
              options={lanes(doc.macroStructure.areas, m.noArea)}
              onChange={(area) => setCell({ ...cell, area })}
            />
          </div>
          <p className="field__hint">{m.ioHint}</p>
        </>
      ) : null}
      <div className="editor__actions">
        <button className="primary" onClick={link}>
          {m.linkObject}
        </button>
        <button onClick={() => setOpen(false)}>{m.cancel}</button>
      </div>
    </fieldset>
  );
}

/** Attaches a quality measure (existing or new, with its COPC metric category) to a process. */
export function MeasureForm({ process }: { process: Element }) {
  const wb = useActions();
  const doc = useDocument();
  const viewId = useWb((s) => s.viewId);
  const metamodel = useWb((s) => s.metamodel);
  const m = useMessages().method;
  const measureType = metamodel.data.elementTypes.find((t) => t.category === 'quality-measure');
  const categories = measureType?.properties.find((p) => p.key === 'metricCategory')?.options ?? [];
  const measured = new Set(
    doc.relations.filter((r) => r.type === 'measures' && r.target === process.id).map((r) => r.source),
  );
  const free = doc.elements.filter(
    (e) => metamodel.categoryOf(e.type)?.id === 'quality-measure' && !measured.has(e.id),
  );
  const [open, setOpen] = useState(false);
  const [existing, setExisting] = useState(NEW);
  const [name, setName] = useState('');
  const [category, setCategory] = useState(categories[0] ?? '');
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!measureType) return null;
  if (!open) {
    return (
      <button className="editor__add" onClick={() => setOpen(true)}>
        {m.addMeasure}
      </button>
    );
  }
  const attach = () => {
    if (existing === NEW && !name.trim()) return setError(m.measureNameRequired);
    const properties = {
      ...(category ? { metricCategory: category } : {}),
      ...(target.trim() ? { target: target.trim() } : {}),
    };
    wb.perform(
      attachMeasure(doc, process, existing === NEW ? { type: measureType, name, properties } : { existing }, viewId),
    );
    setOpen(false);
    setName('');
    setTarget('');
    setError(null);
  };
  return (
    <fieldset className="editor__form" aria-label={m.attachMeasureRegion(process.name)}>
      <legend>{m.qualityMeasure}</legend>
      <SelectField
        label={m.measure}
        value={existing}
        options={[{ value: NEW, label: m.newMeasure }, ...free.map((m) => ({ value: m.id, label: m.name }))]}
        onChange={setExisting}
      />
      {existing === NEW ? (
        <>
          <Field label={m.name} value={name} onChange={setName} placeholder={m.measurePlaceholder} error={error} />
          <div className="field-row">
            <SelectField
              label={m.metricCategory}
              value={category}
              options={categories.map((c) => ({ value: c, label: c }))}
              onChange={setCategory}
            />
            <Field label={m.target} value={target} onChange={setTarget} placeholder={m.targetPlaceholder} />
          </div>
        </>
      ) : null}
      <div className="editor__actions">
        <button className="primary" onClick={attach}>
          {m.attachMeasure}
        </button>
        <button onClick={() => setOpen(false)}>{m.cancel}</button>
      </div>
    </fieldset>
  );
}
