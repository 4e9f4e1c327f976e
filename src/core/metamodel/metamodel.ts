import { metamodelFrom, type Metamodel } from './build.ts';
import { MetamodelData as MetamodelSchema } from './schema.ts';

export type { Metamodel } from './build.ts';

/** Builds a metamodel from untrusted data; throws only on data that fails its schema. */
export function createMetamodel(raw: unknown): Metamodel {
  return metamodelFrom(MetamodelSchema.parse(raw));
}
