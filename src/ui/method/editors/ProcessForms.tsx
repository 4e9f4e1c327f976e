import { useState } from 'react';
import type { Element } from '../../../core/model/schema.ts';
import { SelectField } from '../../inspector/fields.tsx';
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
        + Input or output object
      </button>
    );
  }
  const link = () => {
    const objectType = metamodel.elementType(type);
    if (existing === NEW && (!name.trim() || !objectType))
      return setError('Name the business object, e.g. “Customer inquiry”.');
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
    <fieldset className="editor__form" aria-label={`Link a business object to ${process.name}`}>
      <legend>Input or output object</legend>
      <div className="field-row">
        <SelectField
          label="Direction"
          value={direction}
          options={[
            { value: 'input', label: 'Input' },
            { value: 'output', label: 'Output' },
          ]}
          onChange={setDirection}
        />
        <SelectField
          label="Business object"
          value={existing}
          options={[{ value: NEW, label: 'New object…' }, ...objects.map((o) => ({ value: o.id, label: o.name }))]}
          onChange={setExisting}
        />
      </div>
      {existing === NEW ? (
        <>
          <Field label="Name" value={name} onChange={setName} placeholder="e.g. Customer inquiry" error={error} />
          <SelectField
            label="Type"
            value={type}
            options={types.map((t) => ({ value: t.id, label: t.label }))}
            onChange={setType}
          />
          <div className="field-row">
            <SelectField
              label="Role"
              value={cell.role}
              options={lanes(doc.macroStructure.roles, 'No role')}
              onChange={(role) => setCell({ ...cell, role })}
            />
            <SelectField
              label="Area"
              value={cell.area}
              options={lanes(doc.macroStructure.areas, 'No area')}
              onChange={(area) => setCell({ ...cell, area })}
            />
          </div>
          <p className="field__hint">
            An input often comes from another party: a customer's inquiry sits in the Customer role.
          </p>
        </>
      ) : null}
      <div className="editor__actions">
        <button className="primary" onClick={link}>
          Link object
        </button>
        <button onClick={() => setOpen(false)}>Cancel</button>
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
        + Quality measure
      </button>
    );
  }
  const attach = () => {
    if (existing === NEW && !name.trim()) return setError('Name the measure, e.g. “First-contact resolution rate”.');
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
    <fieldset className="editor__form" aria-label={`Attach a quality measure to ${process.name}`}>
      <legend>Quality measure</legend>
      <SelectField
        label="Measure"
        value={existing}
        options={[{ value: NEW, label: 'New measure…' }, ...free.map((m) => ({ value: m.id, label: m.name }))]}
        onChange={setExisting}
      />
      {existing === NEW ? (
        <>
          <Field
            label="Name"
            value={name}
            onChange={setName}
            placeholder="e.g. First-contact resolution rate"
            error={error}
          />
          <div className="field-row">
            <SelectField
              label="Metric category"
              value={category}
              options={categories.map((c) => ({ value: c, label: c }))}
              onChange={setCategory}
            />
            <Field label="Target" value={target} onChange={setTarget} placeholder="e.g. ≥ 80 %" />
          </div>
        </>
      ) : null}
      <div className="editor__actions">
        <button className="primary" onClick={attach}>
          Attach measure
        </button>
        <button onClick={() => setOpen(false)}>Cancel</button>
      </div>
    </fieldset>
  );
}
