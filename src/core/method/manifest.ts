import manifest from '../../../models/manifest.json' with { type: 'json' };

/** The kinds of shipped data models/manifest.json lists. */
export type ManifestKind = 'methods' | 'checklists' | 'profiles' | 'packs';

/** A file the manifest lists, parsed, with its path under models/. */
export interface ShippedFile {
  path: string;
  data: unknown;
}

/**
 * The manifest's files of one kind, in manifest order. `found` is what the bundler collected for that folder
 * (Vite's import.meta.glob, in the browser and in tests); without it (the CLI under Node) the files are read from disk.
 * A listed file that is missing throws: shipped data is checked by tests, so this never reaches a user.
 */
export function shippedFiles(kind: ManifestKind, found: Record<string, unknown> | null): ShippedFile[] {
  return manifest[kind].map((path) => {
    if (!found) return { path, data: readFromDisk(path) };
    const data = found[`../../../models/${path}`];
    if (data === undefined) throw new Error(`models/manifest.json lists ${path}, which is not shipped.`);
    return { path, data };
  });
}

function readFromDisk(path: string): unknown {
  const fs = process.getBuiltinModule('node:fs');
  return JSON.parse(fs.readFileSync(new URL(`../../../models/${path}`, import.meta.url), 'utf8')) as unknown;
}

/**
 * Vite replaces `import.meta.glob(...)` calls with the files they match; under plain Node the call throws,
 * and the caller gets null so that shippedFiles reads from disk instead.
 */
export function globbed(collect: () => Record<string, unknown>): Record<string, unknown> | null {
  try {
    return collect();
  } catch {
    return null;
  }
}
