import type { commands } from '../i18n/en/commands.ts';
import type { TextParam } from '../i18n/text.ts';

type Commands = typeof commands;
type Params<K extends keyof Commands> = Parameters<Commands[K]>[0];

/** A core command's name as data: its id in the commands catalogue and its parameters, worded when shown (commandLabel). */
export type CommandLabel = {
  [K in keyof Commands]: Params<K> extends undefined
    ? { readonly id: K; readonly params?: undefined }
    : { readonly id: K; readonly params: Params<K> };
}[keyof Commands];

/** A command's name the interface words from its own catalogue: a screen's message and its arguments (src/ui/i18n/labels.ts). */
export interface ScreenLabel {
  readonly screen: string;
  readonly message: string;
  readonly args: readonly TextParam[];
}

/** What the history keeps of a command's name: never a sentence, so a language switch re-words the undo steps. */
export type Label = CommandLabel | ScreenLabel;
