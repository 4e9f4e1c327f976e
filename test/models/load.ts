import { readFileSync } from 'node:fs';

/** The text of a file under models/. */
export function modelText(file: string): string {
  return readFileSync(new URL(`../../models/${file}`, import.meta.url), 'utf8');
}

/** A parsed JSON file under models/ (catalogues, glossary, gallery index). */
export function modelJson(file: string): unknown {
  return JSON.parse(modelText(file));
}
