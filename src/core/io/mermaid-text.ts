/**
 * Text and ids in Mermaid source: what any user-typed text must become to survive Mermaid's
 * preprocessing and parser, and how imported labels are read back.
 */

// Characters Mermaid's preprocessing or parser treats specially, even inside a quoted label:
// `"` ends the string, `#…;` is an entity, `%%` starts a directive or comment, a leading backtick
// makes a markdown string, `:` lets `style…:…#…;` lose its `;`, ﬂ and ¶ are Mermaid's own entity markers.
const SPECIAL: Record<string, string> = {
  '"': '#quot;',
  '#': '#35;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '%': '#37;',
  '`': '#96;',
  ':': '#58;',
  '|': '#124;',
  '\u00b6': '#182;',
  '\ufb02': '#64258;',
};

/** Encodes text for the inside of a quoted Mermaid label with Mermaid's entity codes (`#quot;`, `#35;` …). */
export function mermaidText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += SPECIAL[ch] ?? (code < 0x20 || code === 0x7f ? `#${code};` : ch);
  }
  return out;
}

/** A quoted Mermaid label: `"…"` with everything a user can type encoded. */
export function mermaidLabel(text: string): string {
  return `"${mermaidText(text)}"`;
}

const NAMED: Record<string, string> = {
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  nbsp: '\u00a0',
  hearts: '♥',
  copy: '©',
  reg: '®',
  euro: '€',
};

/** Reads a label from Mermaid source back as plain text: entity codes (#quot; #35; &amp; &#35;) and <br> decoded. */
export function decodeMermaidText(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/[#&](#?)(x?)([0-9A-Za-z]+);/g, (whole, hash: string, hex: string, body: string) => {
      if (hash || /^\d+$/.test(body)) {
        const code = hex ? parseInt(body, 16) : /^\d+$/.test(body) ? Number(body) : NaN;
        return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return NAMED[body.toLowerCase()] ?? whole;
    });
}

// Words Mermaid reads as statements or keywords where a node id is expected (case-sensitive: `End` is fine).
const RESERVED = new Set([
  'end',
  'subgraph',
  'graph',
  'flowchart',
  'style',
  'linkStyle',
  'classDef',
  'class',
  'click',
  'call',
  'href',
  'direction',
  'interpolate',
  'accTitle',
  'accDescr',
]);

/**
 * Hands out Mermaid ids derived from model ids: only letters, digits and `_`, never a keyword
 * such as a bare `end`, never starting with `o` or `x` (which would turn `---o` into a circle edge),
 * and unique within one diagram. The same wanted id always gets the same answer.
 */
export function mermaidIds(): (wanted: string) => string {
  const given = new Map<string, string>();
  const taken = new Set<string>();
  return (wanted) => {
    const known = given.get(wanted);
    if (known) return known;
    let base = wanted.replace(/[^A-Za-z0-9_]/g, '_') || 'n';
    if (RESERVED.has(base) || /^[ox0-9_]/.test(base)) base = `n_${base}`;
    let id = base;
    for (let i = 2; taken.has(id); i++) id = `${base}_${i}`;
    taken.add(id);
    given.set(wanted, id);
    return id;
  };
}
