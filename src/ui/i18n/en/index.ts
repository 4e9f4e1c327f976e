import { shell } from './shell.ts';

/** The English catalogue: the source language, bundled with the first load; the others load on demand. */
export const en = { shell };
