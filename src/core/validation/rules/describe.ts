import type { ElementRef } from '../../i18n/text.ts';
import type { Element } from '../../model/schema.ts';
import type { Context } from '../types.ts';

/** How a finding names an element: its type and its name, e.g. `Delivery process "Inquiry handling"`. */
export function describe(el: Element, ctx: Context): string {
  return `${ctx.metamodel.elementType(el.type)?.label ?? 'Element'} "${el.name}"`;
}

/** An element as a message's parameter: its type and name, named in the reader's language when read. */
export function ref(el: Element): ElementRef {
  return { type: el.type, name: el.name };
}

/** True when an element is a process of any kind. */
export function isProcess(el: Element, ctx: Context): boolean {
  return ctx.index.category(el.type) === 'process';
}
