import type { Messages } from './messages.ts';

/**
 * A translation's catalogue from its folder: each file holds one namespace, named by the file. tsc checks each file's
 * keys against English's; a unit test checks that no namespace file is missing.
 */
export function catalogue(files: Record<string, Record<string, unknown>>): Messages {
  const namespaces = Object.entries(files).map(([path, module]) => [
    path.slice('./'.length, -'.ts'.length),
    only(module),
  ]);
  return Object.fromEntries(namespaces) as Messages;
}

function only(module: Record<string, unknown>): unknown {
  const values = Object.values(module);
  if (values.length !== 1) throw new Error(`A catalogue file exports one namespace, not ${values.length}.`);
  return values[0];
}
