import { useState } from 'react';
import { updateDesignGoals } from '../../../core/commands/method.ts';
import type { DesignGoals } from '../../../core/model/schema.ts';
import { SelectField } from '../../inspector/fields.tsx';
import { useActions, useDocument } from '../../workbench-context.ts';
import { GlossaryEditor } from './GlossaryEditor.tsx';
import { NamingRules } from './NamingRules.tsx';

const FLOW = [
  { value: 'LR', label: 'Left to right' },
  { value: 'TB', label: 'Top to bottom' },
  { value: 'RL', label: 'Right to left' },
  { value: 'BT', label: 'Bottom to top' },
] as const;
const COLOUR = [
  { value: 'role', label: 'Role (Client, Provider, Customer)' },
  { value: 'area', label: 'Area (Sales, Management, Operations)' },
  { value: 'type', label: 'Element type only' },
] as const;
const LANES = [
  { value: 'roles-as-rows', label: 'Roles as rows, areas as columns' },
  { value: 'areas-as-rows', label: 'Areas as rows, roles as columns' },
] as const;

/** Step 4: the notation conventions: flow direction, what colour means, lane orientation, view size, naming rules and glossary. */
export default function DesignGoalsEditor() {
  const wb = useActions();
  const doc = useDocument();
  const goals = doc.designGoals;
  const change = (
    changes: Partial<Pick<DesignGoals, 'flowDirection' | 'colourBy' | 'laneOrientation' | 'maxElementsPerView'>>,
  ) => {
    const result = updateDesignGoals(changes);
    if (result.ok) wb.perform(result.edit);
    else wb.notify('warning', `Not changed: ${result.message}`);
  };
  return (
    <div className="editor">
      <fieldset className="editor__form" aria-label="How the model is drawn">
        <legend>How the model is drawn</legend>
        <div className="field-row">
          <SelectField
            label="Flow direction"
            value={goals.flowDirection}
            options={[...FLOW]}
            onChange={(flowDirection) => change({ flowDirection })}
          />
          <MaxElements
            value={goals.maxElementsPerView}
            onCommit={(maxElementsPerView) => change({ maxElementsPerView })}
          />
        </div>
        <SelectField
          label="Colour means"
          value={goals.colourBy}
          options={[...COLOUR]}
          onChange={(colourBy) => change({ colourBy })}
        />
        <SelectField
          label="Lanes"
          value={goals.laneOrientation}
          options={[...LANES]}
          onChange={(laneOrientation) => change({ laneOrientation })}
        />
        <p className="field__hint">
          The canvas, the layout and the legend follow these at once; each change is one undo step.
        </p>
      </fieldset>
      <NamingRules />
      <GlossaryEditor />
    </div>
  );
}

function MaxElements({ value, onCommit }: { value: number; onCommit: (n: number) => void }) {
  const [draft, setDraft] = useState({ base: value, text: String(value) });
  const text = draft.base === value ? draft.text : String(value);
  const n = Number(text);
  const valid = Number.isInteger(n) && n >= 1;
  const commit = () => {
    if (valid && n !== value) onCommit(n);
    else setDraft({ base: value, text: String(value) });
  };
  return (
    <div className="field">
      <label htmlFor="max-per-view">Max. elements per view</label>
      <input
        id="max-per-view"
        type="number"
        min={1}
        value={text}
        aria-invalid={valid ? undefined : true}
        onChange={(e) => setDraft({ base: value, text: e.target.value })}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </div>
  );
}
