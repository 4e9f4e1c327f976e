import { sayImport, type Said } from '../i18n/say.ts';
import type { ImportMessages } from '../i18n/en/imports.ts';
import type { Text } from '../i18n/text.ts';
import { decodeMermaidText } from './mermaid-text.ts';

/** A node of a parsed flowchart; `shape` is Mermaid's name (`rect`, `round`, `cylinder` …, or an `@{ shape }` name). */
export interface FlowNode {
  id: string;
  label: string;
  shape: string;
  /** Line of the first mention. */
  line: number;
  /** The innermost subgraph that first mentions the node, or null. */
  subgraph: string | null;
}

export interface FlowEdge {
  source: string;
  target: string;
  label: string;
  stroke: 'normal' | 'thick' | 'dotted' | 'invisible';
  line: number;
}

export interface FlowSubgraph {
  id: string;
  title: string;
  parent: string | null;
  line: number;
}

/** A statement the parser did not turn into nodes or edges, and why. */
export interface SkippedStatement {
  line: number;
  text: string;
  reason: string;
  /** The reason as a message id, for other languages (reasonMessage). */
  why: Text;
}

/** A statement left out, and why: in English, with the message id that says it in other languages. */
export function skipped(line: number, text: string, reason: Said): SkippedStatement {
  return { line, text, reason: reason.message, why: reason.text };
}

export interface Flowchart {
  direction: string;
  nodes: FlowNode[];
  edges: FlowEdge[];
  subgraphs: FlowSubgraph[];
  /** Understood but without meaning for a model: styling, classes, comments, clicks. */
  ignored: SkippedStatement[];
  /** Not understood: each such statement is left out whole. */
  unsupported: SkippedStatement[];
}

export type FlowchartParse = { ok: true; flowchart: Flowchart } | ({ ok: false; line: number } & Said);

interface Statement {
  text: string;
  line: number;
}

/**
 * Reads a Mermaid flowchart (`graph`/`flowchart` with any direction): nodes in all common shapes,
 * chains (`A --> B --> C`), `&`, edge labels (`-->|x|`, `-- x -->`), nested subgraphs. Styling lines
 * are listed as ignored, anything else it cannot read as unsupported, statement by statement.
 */
export function parseFlowchart(source: string): FlowchartParse {
  const chart: Flowchart = { direction: 'TB', nodes: [], edges: [], subgraphs: [], ignored: [], unsupported: [] };
  const statements = splitStatements(source.replace(/\r\n?/g, '\n'), chart.ignored);
  const header = statements.shift();
  const head = header && /^(graph|flowchart(?:-elk)?)(?:\s+(TB|TD|BT|RL|LR|>|<|\^|v))?\s*$/i.exec(header.text);
  if (!header || !head) {
    const kind = header?.text.split(/\s/)[0];
    return {
      ok: false,
      line: header?.line ?? 1,
      ...(kind ? sayImport('mermaid.not-flowchart', { kind }) : sayImport('mermaid.empty', undefined)),
    };
  }
  chart.direction =
    ({ TD: 'TB', '>': 'LR', '<': 'RL', '^': 'BT', v: 'TB' } as Record<string, string>)[head[2] ?? ''] ??
    head[2]?.toUpperCase() ??
    'TB';

  const nodes = new Map<string, FlowNode>();
  const stack: string[] = [];
  for (const statement of statements) {
    const { text, line } = statement;
    const keyword = /^(\w+)/.exec(text)?.[1] ?? '';
    if (keyword === 'subgraph' && /^subgraph(\s|$)/.test(text)) {
      const subgraph = subgraphHeader(text.slice(8).trim(), chart.subgraphs.length, line, stack.at(-1) ?? null);
      chart.subgraphs.push(subgraph);
      stack.push(subgraph.id);
    } else if (text === 'end') {
      if (stack.pop() === undefined)
        chart.unsupported.push(skipped(line, text, sayImport('mermaid.stray-end', undefined)));
    } else if (
      IGNORED[keyword] &&
      (keyword === 'direction' ? /^direction\s+(TB|TD|BT|RL|LR)$/ : new RegExp(`^${keyword}(\\s|:|{|$)`)).test(text)
    ) {
      chart.ignored.push(skipped(line, text, sayImport(IGNORED[keyword], undefined)));
    } else {
      const parsed = parseChain(text);
      if ('message' in parsed) {
        chart.unsupported.push(skipped(line, text, parsed));
        continue;
      }
      for (const ref of parsed.refs) {
        const node = nodes.get(ref.id) ?? { id: ref.id, label: ref.id, shape: 'rect', line, subgraph: null };
        if (ref.label !== undefined) node.label = ref.label;
        if (ref.shape !== undefined) node.shape = ref.shape;
        node.subgraph ??= stack.at(-1) ?? null;
        nodes.set(ref.id, node);
      }
      for (const edge of parsed.edges) chart.edges.push({ ...edge, line });
    }
  }
  for (const id of stack)
    chart.unsupported.push(
      skipped(
        chart.subgraphs.find((s) => s.id === id)!.line,
        `subgraph ${id}`,
        sayImport('mermaid.unclosed-subgraph', undefined),
      ),
    );
  chart.nodes = [...nodes.values()];
  return { ok: true, flowchart: chart };
}

type Ignored = {
  [K in keyof ImportMessages]: Parameters<ImportMessages[K]>[0] extends undefined ? K : never;
}[keyof ImportMessages];
const IGNORED: Record<string, Ignored> = {
  classDef: 'mermaid.class-definition',
  class: 'mermaid.class-assignment',
  style: 'mermaid.node-style',
  linkStyle: 'mermaid.edge-style',
  click: 'mermaid.click',
  direction: 'mermaid.subgraph-direction',
  accTitle: 'mermaid.acc-title',
  accDescr: 'mermaid.acc-description',
};

// Splits on newlines and on `;` outside quotes and entity codes; comments, directives and front matter are listed as ignored.
function splitStatements(text: string, ignored: SkippedStatement[]): Statement[] {
  const statements: Statement[] = [];
  let line = 1;
  let i = 0;
  const front = /^\s*---\n[\s\S]*?\n---[ \t]*(\n|$)/.exec(text);
  if (front) {
    ignored.push(skipped(1, '---', sayImport('mermaid.front-matter', undefined)));
    line += front[0].split('\n').length - 1;
    i = front[0].length;
  }
  let current = '';
  let start = line;
  const append = (chunk: string) => {
    if (!/\S/.test(current) && /\S/.test(chunk)) start = line;
    current += chunk;
    line += chunk.split('\n').length - 1;
  };
  const flush = () => {
    const trimmed = current.trim();
    if (trimmed) statements.push({ text: trimmed, line: start });
    current = '';
  };
  const special = /[\n"%;{]/g;
  while (i < text.length) {
    special.lastIndex = i;
    const at = special.exec(text)?.index ?? text.length;
    append(text.slice(i, at));
    i = at;
    const ch = text[i];
    if (ch === undefined) break;
    if (ch === '\n') {
      flush();
      line++;
      i++;
    } else if (text.startsWith('%%', i)) {
      const directive = text.startsWith('%%{', i);
      const end = directive ? text.indexOf('}%%', i) : -1;
      const lineEnd = text.indexOf('\n', i);
      const stop = directive && end >= 0 ? end + 3 : lineEnd < 0 ? text.length : lineEnd;
      const body = text.slice(i, stop);
      ignored.push(
        skipped(line, body.trim(), sayImport(directive ? 'mermaid.directive' : 'mermaid.comment', undefined)),
      );
      line += body.split('\n').length - 1;
      i = stop;
    } else if (ch === '"') {
      // A markdown string ("`…`") may span lines; a plain string ends at the line's end.
      const markdown = text[i + 1] === '`';
      const close = markdown ? text.indexOf('`"', i + 2) : text.indexOf('"', i + 1);
      const lineEnd = text.indexOf('\n', i);
      const stop =
        close < 0 || (!markdown && lineEnd >= 0 && close > lineEnd)
          ? lineEnd < 0
            ? text.length
            : lineEnd
          : close + (markdown ? 2 : 1);
      append(text.slice(i, stop));
      i = stop;
    } else if (ch === ';' && !/[#&]\w+$/.test(current)) {
      flush();
      i++;
    } else if (ch === '{' && /^\s*accDescr\s*$/.test(current)) {
      const close = text.indexOf('}', i);
      const stop = close < 0 ? text.length : close + 1;
      append(text.slice(i, stop));
      i = stop;
    } else {
      append(ch);
      i++;
    }
  }
  flush();
  return statements;
}

function subgraphHeader(rest: string, index: number, line: number, parent: string | null): FlowSubgraph {
  const titled = /^([^\s["]+)\s*\[\s*(?:"([^"]*)"|([^\]]*))\s*\]$/.exec(rest);
  if (titled) return { id: titled[1]!, title: decodeMermaidText(titled[2] ?? titled[3] ?? '').trim(), parent, line };
  const quoted = /^"([^"]*)"$/.exec(rest);
  const title = decodeMermaidText(quoted ? quoted[1]! : rest)
    .replace(/^`|`$/g, '')
    .trim();
  const id = !quoted && rest && !/\s/.test(rest) ? rest : `subGraph${index}`;
  return { id, title, parent, line };
}

interface NodeRef {
  id: string;
  label?: string;
  shape?: string;
}

interface ChainEdge {
  source: string;
  target: string;
  label: string;
  stroke: FlowEdge['stroke'];
}

// Longest openers first, so `((` is not read as `(` followed by text.
const SHAPES: [open: string, close: string, shape: string][] = [
  ['(((', ')))', 'doublecircle'],
  ['((', '))', 'circle'],
  ['([', '])', 'stadium'],
  ['(-', '-)', 'ellipse'],
  ['(', ')', 'round'],
  ['[[', ']]', 'subroutine'],
  ['[(', ')]', 'cylinder'],
  ['[/', '/]', 'lean-right'],
  ['[/', '\\]', 'trapezoid'],
  ['[\\', '\\]', 'lean-left'],
  ['[\\', '/]', 'inv-trapezoid'],
  ['[', ']', 'rect'],
  ['{{', '}}', 'hexagon'],
  ['{', '}', 'diamond'],
  ['>', ']', 'odd'],
];

const ID = /[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[-.](?=[\p{L}\p{N}_]))*/uy;
const LINK = /[xo<]?(?:--+[-xo>]|==+[=xo>]|-?\.+-[xo>]?)|~~~+/y;
const TEXT_LINK = /[xo<]?(--|==|-\.)/y;
const TEXT_LINK_END: Record<string, RegExp> = { '--': /\s*--+[-xo>]/g, '==': /\s*==+[=xo>]/g, '-.': /\s*\.+-[xo>]?/g };

/** Parses `A[x] & B --> C -- label --> D`; returns why when the statement is not a node or edge statement. */
function parseChain(text: string): { refs: NodeRef[]; edges: ChainEdge[] } | Said {
  let i = 0;
  const refs: NodeRef[] = [];
  const edges: ChainEdge[] = [];
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const sticky = (re: RegExp) => {
    re.lastIndex = i;
    const m = re.exec(text);
    if (m) i = re.lastIndex;
    return m;
  };
  const quotedOrUntil = (close: string): string | null => {
    if (text[i] === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) return null;
      const label = text.slice(i + 1, end);
      i = end + 1;
      skipSpace();
      if (!text.startsWith(close, i)) return null;
      i += close.length;
      return label.replace(/^`([\s\S]*)`$/, '$1');
    }
    const end = text.indexOf(close, i);
    if (end < 0) return null;
    const label = text.slice(i, end);
    i = end + close.length;
    return label;
  };

  const node = (): NodeRef | Said => {
    const id = sticky(ID)?.[0];
    if (!id) return sayImport('mermaid.node-id-expected', { at: text.slice(i, i + 20) });
    const ref: NodeRef = { id };
    if (text.startsWith('@{', i)) {
      const end = text.indexOf('}', i);
      if (end < 0) return sayImport('mermaid.shape-data-open', { id });
      const data = text.slice(i + 2, end);
      i = end + 1;
      ref.shape = /\bshape\s*:\s*"?([\w-]+)/.exec(data)?.[1] ?? 'rect';
      const label = /\blabel\s*:\s*(?:"([^"]*)"|([^,}]*))/.exec(data);
      if (label) ref.label = decodeMermaidText((label[1] ?? label[2] ?? '').trim());
    } else {
      const candidates = SHAPES.filter(([open]) => text.startsWith(open, i));
      if (candidates.length) {
        const open = candidates[0]![0];
        i += open.length;
        const from = i;
        // Of the shapes that share this opener, the closer found first wins (`[/a/]` vs `[/a\]`).
        let best: { label: string; shape: string; end: number } | null = null;
        for (const [candidateOpen, close, shape] of candidates) {
          if (candidateOpen !== open) continue;
          i = from;
          const label = quotedOrUntil(close);
          if (label !== null && (!best || i < best.end)) best = { label, shape, end: i };
        }
        if (!best) return sayImport('mermaid.node-text-open', { id, close: candidates[0]![1] });
        i = best.end;
        ref.label = decodeMermaidText(best.label);
        ref.shape = best.shape;
      }
    }
    sticky(/:::[\w-]+(?:,[\w-]+)*/y);
    return ref;
  };

  const group = (): NodeRef[] | Said => {
    const members: NodeRef[] = [];
    for (;;) {
      skipSpace();
      const ref = node();
      if ('message' in ref) return ref;
      members.push(ref);
      skipSpace();
      if (text[i] !== '&') return members;
      i++;
    }
  };

  const link = (): { label: string; stroke: ChainEdge['stroke'] } | Said => {
    sticky(/[\p{L}\p{N}_-]+@(?=[xo<]?[-=.~])/uy); // an edge id (`e1@-->`) names the edge only
    const full = sticky(LINK);
    let arrow: string;
    let label = '';
    if (full) {
      arrow = full[0];
      skipSpace();
      if (text[i] === '|') {
        i++;
        const inner = quotedOrUntil('|');
        if (inner === null) return sayImport('mermaid.edge-label-open', undefined);
        label = inner;
      }
    } else {
      const start = sticky(TEXT_LINK);
      if (!start) return sayImport('mermaid.edge-expected', { at: text.slice(i, i + 20) });
      const endRe = TEXT_LINK_END[start[1]!]!;
      skipSpace();
      const quoted = text[i] === '"' ? text.indexOf('"', i + 1) : -1;
      endRe.lastIndex = quoted >= 0 ? quoted + 1 : i;
      const end = endRe.exec(text);
      if (!end) return sayImport('mermaid.edge-text-open', { arrow: start[0] });
      label = text
        .slice(i, end.index)
        .trim()
        .replace(/^"([\s\S]*)"$/, '$1')
        .replace(/^`([\s\S]*)`$/, '$1');
      arrow = start[0] + end[0].trim();
      i = endRe.lastIndex;
    }
    const stroke = arrow.includes('=')
      ? 'thick'
      : arrow.includes('~')
        ? 'invisible'
        : arrow.includes('.')
          ? 'dotted'
          : 'normal';
    return { label: decodeMermaidText(label), stroke };
  };

  let previous = group();
  if ('message' in previous) return previous;
  refs.push(...previous);
  for (;;) {
    skipSpace();
    if (i >= text.length) return { refs, edges };
    const edge = link();
    if ('message' in edge) return edge;
    const next = group();
    if ('message' in next) return next;
    for (const a of previous) for (const b of next) edges.push({ source: a.id, target: b.id, ...edge });
    refs.push(...next);
    previous = next;
  }
}
