import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { RefDocument } from '../../../src/core/model/schema.ts';
import { createWorkbench } from '../../../src/store/workbench.ts';
import { setLanguage } from '../../../src/ui/i18n/messages.ts';
import { sayWhatWent, type VisibleSelection } from '../../../src/ui/shortcuts/visible-selection.ts';

// Parsed as a file is opened, so the workbench's live validation finds the settings the schema defaults.
const doc = RefDocument.parse(
  JSON.parse(readFileSync(new URL('../../fixtures/workshop-model.json', import.meta.url), 'utf8')),
);
const sel: VisibleSelection = {
  elements: ['inquiry', 'answer-calls', 'service-level'],
  relations: [],
  offScreen: ['service-level'],
  hidden: 1,
};
/** The message a delete of three elements, one off screen and one kept outside the view, leaves. */
const said = () => {
  const wb = createWorkbench(doc);
  sayWhatWent(wb, doc, 'deleted', sel);
  const notice = wb.store.getState().notices.at(-1)!;
  return `${notice.message} [${notice.action?.label}]`;
};

afterEach(() => setLanguage('en', false));

describe('what a delete of several elements says', () => {
  it('names them, the one off screen and what was kept, in English', async () => {
    await setLanguage('en', false);
    expect(said()).toBe(
      'Deleted 3 elements: “Inquiry”, “Answer end-user calls”, and “Service level”. Not on screen: “Service level”. ' +
        '1 selected item outside this view kept. [Undo]',
    );
  });

  it('in German and in Korean, lists joined as each language joins them', async () => {
    await setLanguage('de', false);
    expect(said()).toBe(
      '3 Elemente gelöscht: “Inquiry”, “Answer end-user calls” und “Service level”. ' +
        'Nicht auf dem Bildschirm: “Service level”. 1 ausgewähltes Teil außerhalb dieser Sicht bleibt erhalten. [Rückgängig]',
    );
    await setLanguage('ko', false);
    expect(said()).toMatch(
      /^요소 3개를 삭제했습니다: “Inquiry”, “Answer end-user calls” 및 “Service level”\. 화면 밖: /,
    );
    expect(said()).toMatch(/\[실행 취소\]$/);
  });
});
