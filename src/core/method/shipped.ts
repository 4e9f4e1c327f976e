import type { RefDocument } from '../model/schema.ts';
import { loadMethod } from './engine.ts';
import { globbed, shippedFiles } from './manifest.ts';
import { loadPack, type MethodPack } from './pack.ts';
import type { Method } from './schema.ts';

/** The id of the method new models follow unless another is chosen. */
export const DEFAULT_METHOD_ID = 'crm-bpo-construction';

/** The method packs models/manifest.json lists, validated at load (shipped data is tested, so this never throws for users). */
export const shippedPacks: readonly MethodPack[] = shippedFiles(
  'packs',
  globbed(() => import.meta.glob('../../../models/packs/*.refmod-pack.json', { eager: true, import: 'default' })),
).map(({ path, data }) => {
  const loaded = loadPack(data);
  if (!loaded.ok) throw new Error(`models/${path} is not a valid method pack: ${describe(loaded.errors)}`);
  return loaded.pack;
});

/** The methods models/manifest.json lists, then those of the shipped packs: no code names them. */
export const shippedMethods: readonly Method[] = [
  ...shippedFiles(
    'methods',
    globbed(() => import.meta.glob('../../../models/methods/*.json', { eager: true, import: 'default' })),
  ).map(({ path, data }) => {
    const loaded = loadMethod(data);
    if (!loaded.ok) throw new Error(`models/${path} is not a valid method: ${describe(loaded.errors)}`);
    return loaded.method;
  }),
  ...shippedPacks.flatMap((p) => (p.method ? [p.method] : [])),
];

/** A shipped method by id. */
export function methodById(id: string): Method | undefined {
  return shippedMethods.find((m) => m.id === id);
}

/** The method a document follows: the one its own pack carries, else the shipped one it names. */
export function methodFor(doc: Pick<RefDocument, 'method' | 'pack'>): Method | undefined {
  const own = doc.pack?.method;
  return own && own.id === doc.method.methodId ? own : methodById(doc.method.methodId);
}

/** The shipped pack whose method has this id, to embed in a model started with it. */
export function packOfMethod(id: string): MethodPack | undefined {
  return shippedPacks.find((p) => p.method?.id === id);
}

function describe(errors: readonly { path: string; message: string }[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('; ');
}
