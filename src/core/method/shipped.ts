import crmBpoConstruction from '../../../models/methods/crm-bpo-construction.json' with { type: 'json' };
import schuette1998 from '../../../models/methods/schuette-1998.json' with { type: 'json' };
import matookIndulska2009 from '../../../models/methods/matook-indulska-2009.json' with { type: 'json' };
import { loadMethod } from './engine.ts';
import type { Method } from './schema.ts';

/** The id of the method new models follow unless another is chosen. */
export const DEFAULT_METHOD_ID = 'crm-bpo-construction';

/** The methods shipped in models/methods, validated at load; throws only on broken shipped data (which tests rule out). */
export const shippedMethods: readonly Method[] = [crmBpoConstruction, schuette1998, matookIndulska2009].map((raw) => {
  const loaded = loadMethod(raw);
  if (!loaded.ok)
    throw new Error(
      `A shipped method file is invalid: ${loaded.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    );
  return loaded.method;
});

/** A shipped method by id, e.g. the one a document's `method.methodId` names. */
export function methodById(id: string): Method | undefined {
  return shippedMethods.find((m) => m.id === id);
}
