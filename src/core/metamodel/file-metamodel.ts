import { crmBpoMetamodel } from './crm-bpo.ts';
import { metamodelFrom, type Metamodel } from './metamodel.ts';
import { MetamodelData } from './schema.ts';

/**
 * The metamodel to read a file with, before it is imported: its pack's metamodel when that is well formed, else
 * the CRM-in-BPO one (a broken pack is then reported by the import itself, with its path).
 */
export function metamodelForFile(raw: unknown): Metamodel {
  const pack = (raw as { pack?: { metamodel?: unknown } } | null)?.pack;
  if (!pack || typeof pack !== 'object' || pack.metamodel === undefined) return crmBpoMetamodel;
  const parsed = MetamodelData.safeParse(pack.metamodel);
  return parsed.success ? metamodelFrom(parsed.data) : crmBpoMetamodel;
}
