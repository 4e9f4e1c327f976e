import { catalogue } from '../catalogue.ts';

/** The Korean catalogue: every namespace file of this folder, loaded only when Korean is the active language. */
export const ko = catalogue(import.meta.glob(['./*.ts', '!./index.ts'], { eager: true }));
