import type { FindingMessages } from '../../i18n/en/findings.ts';
import { sayFinding } from '../../i18n/say.ts';
import type { ElementRef } from '../../i18n/text.ts';
import type { Metamodel } from '../../metamodel/metamodel.ts';
import type { Element, Perspective } from '../../model/schema.ts';
import type { Context, Draft, Rule, RuleInfo } from '../types.ts';
import { ref } from './describe.ts';

type ParamsOf<K extends keyof FindingMessages> = Parameters<FindingMessages[K]>[0];

/** The findings whose one parameter is the element they are about. */
type ElementFinding = {
  [K in keyof FindingMessages]: ParamsOf<K> extends { element: ElementRef }
    ? { element: ElementRef } extends ParamsOf<K>
      ? K
      : never
    : never;
}[keyof FindingMessages];

/** A finding about one element, which its message names by type and name. */
export function aboutElement(id: ElementFinding, el: Element, ctx: Context): Draft {
  const { message, text } = sayFinding(ctx.metamodel, id, { element: ref(el) });
  return { message, text, elements: [el.id] };
}

/**
 * A rule over single elements whose finding names the element it is about: `wanting` says, for each element,
 * whether the rule flags it.
 */
export function elementRule(
  info: RuleInfo & { id: ElementFinding },
  wanting: (el: Element, ctx: Context) => boolean,
): Rule {
  return {
    ...info,
    element: { reads: [], check: (el, ctx) => (wanting(el, ctx) ? aboutElement(info.id, el, ctx) : null) },
  };
}

/** The addressees of a CRM reference model in BPO: the client who outsources, the end customer and the provider. */
const PERSPECTIVES = ['client', 'customer', 'internal'] as const satisfies readonly Perspective[];

/** The finding that names the perspectives nothing covers, or none when each is covered. */
export function uncoveredPerspectives(
  metamodel: Metamodel,
  id: 'goal.perspectives' | 'view.perspectives',
  covers: (perspective: Perspective) => boolean,
): Draft[] {
  const missing = PERSPECTIVES.filter((p) => !covers(p));
  return missing.length ? [sayFinding(metamodel, id, { missing })] : [];
}
