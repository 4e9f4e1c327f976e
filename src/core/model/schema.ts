import * as z from 'zod';
import { registerPartSchemas } from './part-schemas.ts';
import { Colour, Id, Label, Name, Text } from './primitives.ts';
import { ValidationSettings } from './validation-settings.ts';
import { EvaluationRecord } from './evaluation-record.ts';
import { Derivation } from './derivation.ts';
import { Configuration } from '../configure/schema.ts';
import { MethodPack } from '../method/pack.ts';
import { Board, CommentThread } from './workshop.ts';

/** The file format version this build writes. Older versions are migrated on import (see migrations.ts). */
export const FORMAT_VERSION = 1;

export const Perspective = z.enum(['client', 'customer', 'internal', 'all']);
export const ViewPerspective = z.enum(['full', 'client', 'customer', 'internal']);

/** A language tag (BCP 47, e.g. "de", "ko", "en-GB"): the language of a model's text and of its translations. */
export const LanguageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'a language is a tag such as "en", "de" or "ko"');

/** A name and description in another language than the model's own (meta.language); either may be missing. */
export const Translation = z.strictObject({ name: Name.optional(), description: Text.optional() });
/** Translations keyed by language tag: `{ "de": { "name": "Beschwerden bearbeiten" }, "ko": { "name": "불만 처리" } }`. */
export const Translations = z
  .record(LanguageTag, Translation)
  .optional()
  .describe("Names and descriptions in other languages than the model's own (meta.language)");

export const Source = z.strictObject({
  id: Id,
  label: Name.describe('Short citation, e.g. "Geib et al. 2005"'),
  citation: Text.default(''),
  url: z.string().max(2000).optional(),
});

export const Meta = z.strictObject({
  id: Id,
  name: Name,
  description: Text.default(''),
  language: z
    .string()
    .min(2)
    .max(35)
    .default('en')
    .describe("The language of every name and description; other languages go into each item's translations"),
  authors: z.array(z.string().max(200)).default([]),
  version: z.string().max(50).default('0.1.0'),
  created: z.iso.datetime(),
  modified: z.iso.datetime(),
  sources: z.array(Source).default([]),
});

export const StructuralGoal = z.strictObject({
  id: Id,
  kind: z.enum(['purpose', 'scope', 'users', 'detail', 'convention', 'principle']),
  text: Name.max(2000),
  perspective: Perspective,
  rationale: Text.default(''),
  acceptance: Text.default('').describe('A statement that makes the goal testable'),
});

export const Lane = z.strictObject({
  id: Id,
  name: Name,
  colour: Colour,
  description: Text.default(''),
  translations: Translations,
});

export const MacroStructure = z.strictObject({
  areas: z.array(Lane),
  roles: z.array(Lane),
});

export const NamingRule = z.strictObject({
  id: Id,
  appliesTo: z.string().describe('An element type id, or "category:<id>"'),
  pattern: z.string().max(500).describe('A JavaScript regular expression the name must match'),
  description: Text.default(''),
  example: z.string().max(200).default(''),
  languages: z
    .record(
      LanguageTag,
      z.strictObject({
        pattern: z.string().max(500),
        description: Text.default(''),
        example: z.string().max(200).default(''),
      }),
    )
    .optional()
    .describe(
      "The rule for names in other languages than the model's own (e.g. no capitals in Korean); a name in a language the rule has no pattern for is not checked by it",
    ),
});

export const GlossaryEntry = z.strictObject({
  term: Name,
  definition: Text,
  source: Id.optional(),
  translations: z
    .record(LanguageTag, z.strictObject({ term: Name.optional(), definition: Text.optional() }))
    .optional()
    .describe("The term and its definition in other languages than the model's own"),
});

export const DesignGoals = z.strictObject({
  flowDirection: z.enum(['LR', 'TB', 'RL', 'BT']).default('LR'),
  colourBy: z.enum(['role', 'area', 'type']).default('role'),
  laneOrientation: z.enum(['roles-as-rows', 'areas-as-rows']).default('roles-as-rows'),
  namingRules: z.array(NamingRule).default([]),
  maxElementsPerView: z.number().int().min(1).max(100_000).default(40),
  glossary: z.array(GlossaryEntry).default([]),
});

export const StepStatus = z.enum(['not-started', 'in-progress', 'done', 'done-with-warnings']);

export const MethodLogEntry = z.strictObject({
  at: z.iso.datetime(),
  step: Id,
  action: z.enum(['entered', 'completed', 'gate-skipped', 'decision', 'reopened']),
  note: Text.default(''),
  actor: z.string().max(200).default(''),
});

export const MethodState = z.strictObject({
  methodId: Id,
  currentStep: Id,
  steps: z.record(Id, StepStatus).default({}),
  log: z.array(MethodLogEntry).default([]),
});

export const PropertyValue = z.union([Text, z.number(), z.boolean(), z.array(Text).max(100)]);

export const Provenance = z.strictObject({
  source: Id.optional().describe('The id of an entry in meta.sources'),
  note: Text.default(''),
  confidence: z.enum(['low', 'medium', 'high']).optional(),
  status: z.enum(['proposed', 'agreed', 'validated']).optional(),
});

export const Element = z.strictObject({
  id: Id,
  type: Id,
  name: Name,
  description: Text.default(''),
  translations: Translations,
  area: Id.nullable().default(null),
  role: Id.nullable().default(null),
  optional: z.boolean().default(false).describe('Marked "?" in the source: tentative until decided'),
  properties: z.record(z.string(), PropertyValue).default({}),
  provenance: Provenance.default({ note: '' }),
  goals: z.array(Id).default([]).describe('Structural goals this element serves'),
});

export const Relation = z.strictObject({
  id: Id,
  type: Id,
  source: Id,
  target: Id,
  label: Label.default(''),
});

/** How far from the origin a position may lie: far beyond any laid-out lane grid, inside what a browser can lay out (about 3.3e7 px). */
export const COORDINATE_LIMIT = 10_000_000;
const Coordinate = z
  .number()
  .finite()
  .min(-COORDINATE_LIMIT, `a position lies within ±${COORDINATE_LIMIT.toLocaleString('en')}`)
  .max(COORDINATE_LIMIT, `a position lies within ±${COORDINATE_LIMIT.toLocaleString('en')}`);

export const Point = z.strictObject({ x: Coordinate, y: Coordinate });

export const View = z.strictObject({
  id: Id,
  name: Name,
  perspective: ViewPerspective,
  description: Text.default(''),
  translations: Translations,
  elements: z.union([z.literal('all'), z.array(Id)]).describe('"all" shows every element of the model'),
  positions: z.record(Id, Point).default({}),
});

export const RefDocument = z.strictObject({
  $schema: z.string().max(500).optional(),
  formatVersion: z.literal(FORMAT_VERSION),
  meta: Meta,
  structuralGoals: z.array(StructuralGoal).default([]),
  macroStructure: MacroStructure,
  designGoals: DesignGoals.default(() => DesignGoals.parse({})),
  method: MethodState,
  elements: z.array(Element).default([]),
  relations: z.array(Relation).default([]),
  views: z.array(View).default([]),
  evaluations: z.array(EvaluationRecord).default([]),
  validation: ValidationSettings.default(() => ValidationSettings.parse({})),
  derivation: Derivation.optional().describe('Present when this model was derived from a reference model'),
  pack: MethodPack.optional().describe(
    'The method pack the model follows (metamodel, method, checklists, profile), carried inside the file',
  ),
  configuration: Configuration.optional().describe(
    'Variation points and the questionnaire that configures them; in a configured model, the answers given',
  ),
  comments: z.array(CommentThread).optional().describe('Comment threads on elements, relations, views or the model'),
  board: Board.optional().describe('The brainstorm board of a workshop: sticky notes, groups, dot votes'),
});

export type RefDocument = z.infer<typeof RefDocument>;
export type RefDocumentInput = z.input<typeof RefDocument>;
export type Element = z.infer<typeof Element>;
export type Relation = z.infer<typeof Relation>;
export type View = z.infer<typeof View>;
export type Lane = z.infer<typeof Lane>;
export type StructuralGoal = z.infer<typeof StructuralGoal>;
export type DesignGoals = z.infer<typeof DesignGoals>;
export type NamingRule = z.infer<typeof NamingRule>;
export type MethodState = z.infer<typeof MethodState>;
export type StepStatus = z.infer<typeof StepStatus>;
export type Source = z.infer<typeof Source>;
export type Translations = z.infer<typeof Translations>;
export type Point = z.infer<typeof Point>;
export type PropertyValue = z.infer<typeof PropertyValue>;
export type Perspective = z.infer<typeof Perspective>;
export type ViewPerspective = z.infer<typeof ViewPerspective>;

registerPartSchemas({ document: RefDocument, items: { elements: Element, relations: Relation, views: View } });
