import { shell } from './shell.ts';
import { evaluation } from './evaluation.ts';
import { header } from './header.ts';
import { tour } from './tour.ts';

/** The English catalogue: the source language, bundled with the first load; the others load on demand. */
export const en = { shell, header, evaluation, tour };
