import { LANGUAGES } from '../../core/i18n/language.ts';
import { localDescription, localName, modelLanguage, textChanges } from '../../core/i18n/localize.ts';
import type { Element } from '../../core/model/schema.ts';
import { useLanguage, useMessages } from '../i18n/messages.ts';
import { useLanguageName } from '../i18n/model-text.ts';
import { useDocument } from '../workbench-context.ts';
import { CommitText } from './fields.tsx';
import './TranslationFields.css';
import type { Label } from '../../core/commands/label.ts';

/**
 * The element's name and description in the workbench's other languages, beside the model's own. Open when the
 * interface speaks another language than the model, so the translation to add is the first thing in view.
 */
export function TranslationFields({
  element,
  change,
  refusal,
}: {
  element: Element;
  change: (changes: Partial<Element>, label: Label, field: string) => void;
  refusal: (field: string) => string | null;
}) {
  const m = useMessages().modelText;
  const own = modelLanguage(useDocument());
  const ui = useLanguage();
  const nameOf = useLanguageName();
  const others = LANGUAGES.filter((l) => l !== own);
  const missing = others.filter((l) => localName(element, l, own).fallback).length;
  return (
    <details className="inspector__translations" open={ui !== own}>
      <summary>
        {m.translations}
        {missing ? ` (${missing} ${m.missing})` : ''}
      </summary>
      <p className="inspector__explain">{m.translationsHint(nameOf(own))}</p>
      {others.map((language) => {
        const name = localName(element, language, own);
        const description = localDescription(element, language, own);
        const set = (field: 'name' | 'description', text: string) =>
          change(
            textChanges(element, field, text, language, own),
            { id: 'element.translate', params: { field, language, name: element.name } },
            `${field}:${language}`,
          );
        return (
          <div key={language} lang={language}>
            <CommitText
              label={m.nameIn(nameOf(language))}
              value={name.fallback ? '' : name.text}
              refusal={refusal(`name:${language}`)}
              onCommit={(text) => set('name', text.trim())}
            />
            <CommitText
              label={m.descriptionIn(nameOf(language))}
              value={description.fallback ? '' : description.text}
              refusal={refusal(`description:${language}`)}
              multiline
              onCommit={(text) => set('description', text)}
            />
          </div>
        );
      })}
    </details>
  );
}
