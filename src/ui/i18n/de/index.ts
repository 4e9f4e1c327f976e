import { catalogue } from '../catalogue.ts';

/** The German catalogue: every namespace file of this folder, loaded only when German is the active language. */
export const de = catalogue(import.meta.glob(['./*.ts', '!./index.ts'], { eager: true }));
