import type { Label, ScreenLabel } from '../../core/commands/label.ts';
import { commandLabel } from '../../core/i18n/say.ts';
import type { TextParam } from '../../core/i18n/text.ts';
import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import { messages, type Messages } from './messages.ts';

type Say = string | ((...args: never[]) => string);
/** The messages of a screen that can name a command: a sentence, or a function of plain values. */
type Naming<S> = { [K in keyof S]: S[K] extends Say ? K : never }[keyof S];
type ArgsOf<F> = F extends (...args: infer A extends TextParam[]) => string ? A : [];

/** A command's name from a screen's catalogue, kept as the message and its arguments so it is worded when shown. */
export function screenLabel<S extends keyof Messages, K extends Naming<Messages[S]> & string>(
  screen: S,
  message: K,
  ...args: ArgsOf<Messages[S][K]>
): ScreenLabel {
  return { screen, message, args };
}

/** An undo step's name in the interface's language of the moment: switching the language re-words the history. */
export function labelText(label: Label, metamodel?: Metamodel): string {
  if (!('screen' in label)) return commandLabel(label, undefined, metamodel);
  const say = (messages() as unknown as Record<string, Record<string, Say> | undefined>)[label.screen]?.[label.message];
  if (typeof say === 'function') return (say as (...args: readonly TextParam[]) => string)(...label.args);
  return say ?? label.message;
}
