import { crmBpoMetamodel } from './crm-bpo.ts';
import { metamodelFrom } from './metamodel.ts';
import type { MetamodelData } from './schema.ts';
import type { Metamodel } from './metamodel.ts';

const built = new WeakMap<object, Metamodel>();

/** The metamodel a document uses: the one its method pack carries, else Refmod's CRM-in-BPO metamodel. */
export function metamodelFor(doc: { pack?: { metamodel?: MetamodelData } | undefined }): Metamodel {
  const own = doc.pack?.metamodel;
  if (!own) return crmBpoMetamodel;
  let metamodel = built.get(own);
  if (!metamodel) built.set(own, (metamodel = metamodelFrom(own)));
  return metamodel;
}
