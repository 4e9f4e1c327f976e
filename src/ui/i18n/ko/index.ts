import type { Messages } from '../messages.ts';
import { shell } from './shell.ts';
import { method } from './method.ts';
import { evaluation } from './evaluation.ts';
import { header } from './header.ts';
import { tour } from './tour.ts';
import { glossary } from './glossary.ts';
import { shortcuts } from './shortcuts.ts';

/** The Korean catalogue: loaded only when Korean is the active language. */
export const ko: Messages = { shell, method, header, evaluation, tour, glossary, shortcuts };
