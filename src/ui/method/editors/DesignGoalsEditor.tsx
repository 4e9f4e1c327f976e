import { useState } from 'react';
import { updateDesignGoals } from '../../../core/commands/method.ts';
import type { DesignGoals } from '../../../core/model/schema.ts';
import { SelectField } from '../../inspector/fields.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { useActions, useDocument } from '../../workbench-context.ts';
import { GlossaryEditor } from './GlossaryEditor.tsx';
import { NamingRules } from './NamingRules.tsx';
import { refusalMessage } from '../../../core/i18n/say.ts';

/** Step 4: the notation conventions: flow direction, what colour means, lane orientation, view size, naming rules and glossary. */
export default function DesignGoalsEditor() {
  const wb = useActions();
  const doc = useDocument();
  const goals = doc.designGoals;
  const m = useMessages().method;
  const flow = [
    { value: 'LR', label: m.leftToRight },
    { value: 'TB', label: m.topToBottom },
    { value: 'RL', label: m.rightToLeft },
    { value: 'BT', label: m.bottomToTop },
  ] as const;
  const colour = [
    { value: 'role', label: m.colourByRole },
    { value: 'area', label: m.colourByArea },
    { value: 'type', label: m.colourByType },
  ] as const;
  const lanes = [
    { value: 'roles-as-rows', label: m.rolesAsRows },
    { value: 'areas-as-rows', label: m.areasAsRows },
  ] as const;
  const change = (
    changes: Partial<Pick<DesignGoals, 'flowDirection' | 'colourBy' | 'laneOrientation' | 'maxElementsPerView'>>,
  ) => {
    const result = updateDesignGoals(changes);
    if (result.ok) wb.perform(result.edit);
    else wb.notify('warning', m.notChanged(refusalMessage(result)));
  };
  return (
    <div className="editor">
      <fieldset className="editor__form" aria-label={m.howDrawn}>
        <legend>{m.howDrawn}</legend>
        <div className="field-row">
          <SelectField
            label={m.flowDirection}
            value={goals.flowDirection}
            options={[...flow]}
            onChange={(flowDirection) => change({ flowDirection })}
          />
          <MaxElements
            value={goals.maxElementsPerView}
            onCommit={(maxElementsPerView) => change({ maxElementsPerView })}
          />
        </div>
        <SelectField
          label={m.colourMeans}
          value={goals.colourBy}
          options={[...colour]}
          onChange={(colourBy) => change({ colourBy })}
        />
        <SelectField
          label={m.lanes}
          value={goals.laneOrientation}
          options={[...lanes]}
          onChange={(laneOrientation) => change({ laneOrientation })}
        />
        <p className="field__hint">{m.drawnHint}</p>
      </fieldset>
      <NamingRules />
      <GlossaryEditor />
    </div>
  );
}

function MaxElements({ value, onCommit }: { value: number; onCommit: (n: number) => void }) {
  const m = useMessages().method;
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
      <label htmlFor="max-per-view">{m.maxPerView}</label>
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
