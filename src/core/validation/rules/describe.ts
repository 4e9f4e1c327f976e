import type { ElementRef } from '../../i18n/text.ts';
import type { Element } from '../../model/schema.ts';
import type { Context } from '../types.ts';

/** An element as a message's parameter: its type and name, named in the reader's language when read. */
export function ref(el: Element): ElementRef {
  return { type: el.type, name: el.name };
}

/** True when an element is a process of any kind. */
export function isProcess(el: Element, ctx: Context): boolean {
  return ctx.index.category(el.type) === 'process';
}
