import { localised } from '../i18n/data.ts';
import { crmBpoData, crmBpoMetamodel } from './crm-bpo.ts';
import { metamodelFrom } from './metamodel.ts';
import type { MetamodelData } from './schema.ts';
import type { Metamodel } from './metamodel.ts';

const built = new WeakMap<object, Metamodel>();

/**
 * The metamodel a document uses: the one its method pack carries, else Refmod's CRM-in-BPO metamodel; its labels in
 * the data's active language (a pack's copy of the CRM-in-BPO metamodel too, where it keeps the shipped wording).
 */
export function metamodelFor(doc: { pack?: { metamodel?: MetamodelData } | undefined }): Metamodel {
  const own = doc.pack?.metamodel;
  const data =
    own && own.id !== crmBpoData.id ? own : localised('metamodel/crm-bpo.json', own ?? crmBpoData, crmBpoData);
  if (data === crmBpoData) return crmBpoMetamodel;
  let metamodel = built.get(data);
  if (!metamodel) built.set(data, (metamodel = metamodelFrom(data)));
  return metamodel;
}
