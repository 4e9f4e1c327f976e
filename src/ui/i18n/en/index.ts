import { shell } from './shell.ts';
import { method } from './method.ts';
import { evaluation } from './evaluation.ts';
import { header } from './header.ts';
import { tour } from './tour.ts';
import { glossary } from './glossary.ts';
import { shortcuts } from './shortcuts.ts';

/** The English catalogue: the source language, bundled with the first load; the others load on demand. */
export const en = { shell, method, header, evaluation, tour, glossary, shortcuts };
