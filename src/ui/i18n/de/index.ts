import type { Messages } from '../messages.ts';
import { shell } from './shell.ts';

/** The German catalogue: loaded only when German is the active language. */
export const de: Messages = { shell };
