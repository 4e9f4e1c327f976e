import type { Metamodel } from '../metamodel/metamodel.ts';
import { methodFor } from '../method/shipped.ts';
import { modelHash } from '../model/hash.ts';
import type { RefDocument } from '../model/schema.ts';

/** A model derived from the carded one, as the browser or the caller knows it. */
export interface KnownDerivation {
  readonly name: string;
  readonly version: string;
}

/**
 * A reference model's entry in a reference-model catalogue, in the classification Fettke & Loos (2003)
 * propose for such catalogues: general characteristics, construction and application.
 */
export interface CatalogueCard {
  readonly general: {
    readonly name: string;
    readonly id: string;
    readonly version: string;
    readonly authors: readonly string[];
    readonly origin: readonly string[];
    readonly access: string;
    readonly toolSupport: string;
    readonly hash: string;
  };
  readonly construction: {
    readonly domain: string;
    readonly language: string;
    readonly framework: string;
    readonly size: {
      readonly elements: number;
      readonly relations: number;
      readonly views: number;
      readonly byCategory: Readonly<Record<string, number>>;
    };
    readonly method: string;
    readonly evaluations: readonly {
      readonly title: string;
      readonly date: string;
      readonly perspectives: readonly string[];
    }[];
  };
  readonly application: {
    readonly derivedFrom: string | null;
    readonly configuration: string;
    readonly derivations: readonly KnownDerivation[];
  };
}

/** The catalogue card of a model; `derivations` are the models derived from it that the caller knows of. */
export function catalogueCard(
  doc: RefDocument,
  metamodel: Metamodel,
  derivations: readonly KnownDerivation[] = [],
): CatalogueCard {
  const byCategory: Record<string, number> = {};
  for (const e of doc.elements) {
    const category = metamodel.categoryOf(e.type)?.label ?? e.type;
    byCategory[category] = (byCategory[category] ?? 0) + 1;
  }
  const method = methodFor(doc);
  const steps = method?.steps.length ?? 0;
  const done = Object.values(doc.method.steps).filter((s) => s === 'done' || s === 'done-with-warnings').length;
  const config = doc.configuration;
  const stamp = doc.derivation?.reference;
  return {
    general: {
      name: doc.meta.name,
      id: doc.meta.id,
      version: doc.meta.version,
      authors: doc.meta.authors,
      origin: doc.meta.sources.map((s) => s.citation || s.label),
      access: 'Open: a Refmod JSON file (format version 1), readable with its published JSON Schema.',
      toolSupport: 'Refmod (browser workbench and the refmod command line).',
      hash: modelHash(doc),
    },
    construction: {
      domain: doc.meta.description || doc.meta.name,
      language: `Refmod typed graph on the ${metamodel.data.name} metamodel (${new Set(doc.elements.map((e) => e.type)).size} element types in use); text in ${doc.meta.language}.`,
      framework: `Roles ${doc.macroStructure.roles.map((r) => r.name).join(', ') || 'none'} × areas ${doc.macroStructure.areas.map((a) => a.name).join(', ') || 'none'}.`,
      size: { elements: doc.elements.length, relations: doc.relations.length, views: doc.views.length, byCategory },
      method: method
        ? `${method.name}: ${done} of ${steps} steps done.`
        : `${doc.method.methodId} (not a shipped method).`,
      evaluations: doc.evaluations.map((e) => ({ title: e.title, date: e.date, perspectives: e.perspectives })),
    },
    application: {
      derivedFrom: stamp ? `${stamp.name} ${stamp.version} (hash ${stamp.hash})` : null,
      configuration: !config
        ? 'Not configurable: no variation points.'
        : config.answers
          ? `Configured with answers to ${Object.keys(config.answers).length} of ${config.questions.length} questions.`
          : `Configurable: ${config.variationPoints.length} variation points, a questionnaire of ${config.questions.length} questions.`,
      derivations,
    },
  };
}

/** The card as Markdown, for a catalogue page or a paper's appendix. */
export function cardMarkdown(card: CatalogueCard): string {
  const { general: g, construction: c, application: a } = card;
  const list = (items: readonly string[], none: string) =>
    items.length ? items.map((i) => `  - ${i}`).join('\n') : `  - ${none}`;
  return [
    `# Catalogue card: ${g.name}`,
    '',
    'Classified after Fettke & Loos (2003), *Classification of reference models*.',
    '',
    '## General characteristics',
    `- **Name**: ${g.name} (\`${g.id}\`), version ${g.version}, model hash \`${g.hash}\``,
    `- **Authors**: ${g.authors.join(', ') || 'not stated'}`,
    `- **Origin (sources)**:\n${list(g.origin, 'none stated')}`,
    `- **Access**: ${g.access}`,
    `- **Tool support**: ${g.toolSupport}`,
    '',
    '## Construction',
    `- **Domain**: ${c.domain}`,
    `- **Modelling language**: ${c.language}`,
    `- **Framework**: ${c.framework}`,
    `- **Size**: ${c.size.elements} elements, ${c.size.relations} relations, ${c.size.views} views`,
    list(
      Object.entries(c.size.byCategory).map(([k, n]) => `${k}: ${n}`),
      'no elements',
    ),
    `- **Construction method**: ${c.method}`,
    `- **Evaluations**:\n${list(
      c.evaluations.map((e) => `${e.title} (${e.date}; ${e.perspectives.join(', ')})`),
      'none stored',
    )}`,
    '',
    '## Application',
    `- **Derived from**: ${a.derivedFrom ?? 'no reference model (an original model)'}`,
    `- **Configuration**: ${a.configuration}`,
    `- **Derived models**:\n${list(
      a.derivations.map((d) => `${d.name} ${d.version}`),
      'none known',
    )}`,
    '',
  ].join('\n');
}
