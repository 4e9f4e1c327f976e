// Mermaid's own parser as a test oracle. Needs a DOM: call only from `// @vitest-environment jsdom` files.
import mermaid from 'mermaid';

export interface MermaidGraph {
  vertices: { id: string; text: string; type: string | undefined }[];
  edges: { start: string; end: string; text: string; stroke: string | undefined }[];
  subgraphs: { id: string; title: string; nodes: string[] }[];
}

interface FlowDb {
  getVertices(): Map<string, { id: string; text?: string; type?: string }>;
  getEdges(): { start: string; end: string; text: string; stroke?: string }[];
  getSubGraphs(): { id: string; title: string; nodes: string[] }[];
}

let ready: Promise<unknown> | undefined;

/** Parses flowchart text with mermaid 11's own parser and returns what its flowchart db holds. Throws on a parse error. */
export async function mermaidGraph(text: string): Promise<MermaidGraph> {
  // The first parse registers mermaid's diagram detectors; getDiagramFromText needs them.
  ready ??= mermaid.parse('flowchart LR\n  a');
  await ready;
  await mermaid.parse(text);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as unknown as FlowDb;
  return {
    vertices: [...db.getVertices().values()].map((v) => ({
      id: v.id,
      text: decodeLikeMermaid(v.text ?? v.id),
      type: v.type,
    })),
    edges: db
      .getEdges()
      .map((e) => ({ start: e.start, end: e.end, text: decodeLikeMermaid(e.text), stroke: e.stroke })),
    subgraphs: db.getSubGraphs().map((s) => ({ id: s.id, title: decodeLikeMermaid(s.title), nodes: s.nodes })),
  };
}

/** What a reader sees of a db text: mermaid's decodeEntities, then the browser's HTML entity decoding. */
export function decodeLikeMermaid(text: string): string {
  const html = text.replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';');
  const area = document.createElement('textarea');
  area.innerHTML = html;
  return area.value;
}

export interface MermaidEr {
  entities: { alias: string; attributes: { type: string; name: string; comment: string }[] }[];
  relationships: {
    entityA: string;
    entityB: string;
    roleA: string;
    relSpec: { cardA: string; cardB: string; relType: string };
  }[];
  /** Entity groups: their ids and the entity ids they hold. */
  subgraphs: { id: string; nodes: string[] }[];
}

/** Parses erDiagram text with mermaid's own parser; entity aliases and labels decoded as a reader sees them. */
export async function mermaidEr(text: string): Promise<MermaidEr> {
  ready ??= mermaid.parse('flowchart LR\n  a');
  await ready;
  await mermaid.parse(text);
  const db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db as unknown as {
    getEntities(): Map<
      string,
      { id: string; alias: string; attributes: { type: string; name: string; comment: string }[] }
    >;
    getRelationships(): MermaidEr['relationships'];
    getSubGraphs(): { id: string; nodes: string[] }[];
  };
  const entities = [...db.getEntities().entries()];
  // Relationships and groups name entities by mermaid's internal id; give them back the names used in the text.
  const name = new Map(entities.map(([key, e]) => [e.id, key]));
  return {
    entities: entities.map(([, e]) => ({
      alias: decodeLikeMermaid(e.alias),
      attributes: e.attributes.map((a) => ({ ...a, comment: decodeLikeMermaid(a.comment) })),
    })),
    relationships: db.getRelationships().map((r) => ({
      ...r,
      entityA: name.get(r.entityA) ?? r.entityA,
      entityB: name.get(r.entityB) ?? r.entityB,
      roleA: decodeLikeMermaid(r.roleA),
    })),
    subgraphs: db.getSubGraphs().map((s) => ({ id: s.id, nodes: s.nodes })),
  };
}
