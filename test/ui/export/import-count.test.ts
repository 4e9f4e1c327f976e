import { afterEach, describe, expect, it } from 'vitest';
import { messages, setLanguage } from '../../../src/ui/i18n/messages.ts';

afterEach(() => setLanguage('en', false));

describe('the import button of the CSV and Mermaid dialogs', () => {
  it('counts in the singular for one, in English and German', async () => {
    await setLanguage('en', false);
    expect(messages().export.importCount(1, 0)).toBe('Import 1 element and 0 relations');
    expect(messages().export.importCount(4, 1)).toBe('Import 4 elements and 1 relation');
    await setLanguage('de', false);
    expect(messages().export.importCount(1, 2)).toBe('1 Element und 2 Beziehungen importieren');
  });
});
