import * as z from 'zod';
import { Id } from '../model/primitives.ts';

export const Shape = z.enum(['rounded', 'chevron', 'gauge', 'flag', 'person', 'cylinder']);

export const Category = z.strictObject({
  id: Id,
  label: z.string().min(1),
  shape: Shape,
  description: z.string().default(''),
});

export const PropertyDef = z.strictObject({
  key: Id,
  label: z.string().min(1),
  /** enum-list: any number of the options, e.g. the customer-process phases a delivery process covers. */
  kind: z.enum(['string', 'text', 'number', 'boolean', 'enum', 'enum-list', 'url']),
  options: z.array(z.string()).optional(),
  required: z.boolean().default(false),
  unit: z.string().optional(),
  description: z.string().default(''),
});

export const ElementType = z.strictObject({
  id: Id,
  label: z.string().min(1),
  category: Id,
  description: z.string().default(''),
  properties: z.array(PropertyDef).default([]),
});

/** A selector is an element type id, or "category:<id>" for every type of a category. */
export const Selector = z.string().regex(/^(category:)?[A-Za-z][A-Za-z0-9_.-]*$/);

export const RelationType = z.strictObject({
  id: Id,
  label: z.string().min(1),
  description: z.string().default(''),
  line: z.enum(['solid', 'dashed', 'dotted']).default('solid'),
  allowed: z.array(z.strictObject({ from: z.array(Selector).min(1), to: z.array(Selector).min(1) })).min(1),
});

export const MetamodelData = z.strictObject({
  id: Id,
  name: z.string().min(1),
  version: z.string(),
  categories: z.array(Category).min(1),
  elementTypes: z.array(ElementType).min(1),
  relationTypes: z.array(RelationType).min(1),
});

export type Shape = z.infer<typeof Shape>;
export type Category = z.infer<typeof Category>;
export type PropertyDef = z.infer<typeof PropertyDef>;
export type ElementType = z.infer<typeof ElementType>;
export type RelationType = z.infer<typeof RelationType>;
export type MetamodelData = z.infer<typeof MetamodelData>;
