import { SaxesParser } from 'saxes';
import { sayImport, type Said } from '../i18n/say.ts';

/** An XML element as the exchange imports read it: qualified names resolved, text joined. */
export interface XmlNode {
  /** The local name, e.g. `element`. */
  local: string;
  /** The namespace URI ('' for none). */
  uri: string;
  /** Attributes by local name (unprefixed) or `{uri}local` (prefixed). */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** The element's own text (not its children's), as written. */
  text: string;
  line: number;
}

export const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** The largest file an exchange import reads, as for model files. */
export const XML_SIZE_LIMIT = 20 * 1024 * 1024;
const DEPTH_LIMIT = 64;

export type XmlParse = { ok: true; root: XmlNode } | ({ ok: false; line: number } & Said);

/**
 * Parses XML without a DTD: entities other than the five predefined ones are refused (no external entities, no
 * expansion bombs), and so is nesting beyond 64 levels. Never throws.
 */
export function parseXml(text: string): XmlParse {
  if (text.length > XML_SIZE_LIMIT)
    return { ok: false, line: 0, ...sayImport('xml.too-large', { megabytes: XML_SIZE_LIMIT / 1024 / 1024 }) };
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  let failure: ({ line: number } & Said) | null = null;
  const fail = (said: Said) => {
    failure ??= { line: parser.line, ...said };
  };
  const malformed = (message: string) =>
    fail(sayImport('xml.malformed', { detail: message.replace(/^\d+:\d+: /, '') }));
  parser.on('error', (error) => malformed(error.message));
  parser.on('doctype', () => fail(sayImport('xml.dtd', undefined)));
  parser.on('opentag', (tag) => {
    if (failure) return;
    if (stack.length >= DEPTH_LIMIT) return fail(sayImport('xml.too-deep', { levels: DEPTH_LIMIT }));
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      attrs[a.uri ? `{${a.uri}}${a.local}` : a.local] = a.value;
    }
    const node: XmlNode = { local: tag.local, uri: tag.uri, attrs, children: [], text: '', line: parser.line };
    if (stack.length) stack.at(-1)!.children.push(node);
    else root = node;
    stack.push(node);
  });
  const addText = (t: string) => {
    if (stack.length) stack.at(-1)!.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    stack.pop();
  });
  try {
    parser.write(text).close();
  } catch (error) {
    malformed(error instanceof Error ? error.message : String(error));
  }
  if (failure) return { ok: false, ...(failure as { line: number } & Said) };
  if (!root) return { ok: false, line: 0, ...sayImport('xml.no-element', undefined) };
  return { ok: true, root };
}

/** The children of a node with a local name. */
export function childrenNamed(node: XmlNode | undefined, local: string): XmlNode[] {
  return node ? node.children.filter((c) => c.local === local) : [];
}

/** The first child of a node with a local name. */
export function child(node: XmlNode | undefined, local: string): XmlNode | undefined {
  return node?.children.find((c) => c.local === local);
}

/** Text safe inside an XML element. */
export function xmlText(value: string): string {
  return stripInvalid(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text safe inside a double-quoted XML attribute; line breaks survive as character references. */
export function xmlAttr(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

// Characters XML 1.0 cannot carry at all (control characters, lone surrogates).
function stripInvalid(value: string): string {
  return value.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}
