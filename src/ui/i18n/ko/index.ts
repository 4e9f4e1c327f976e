import type { Messages } from '../messages.ts';
import { shell } from './shell.ts';

/** The Korean catalogue: loaded only when Korean is the active language. */
export const ko: Messages = { shell };
