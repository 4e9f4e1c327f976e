import type { ReactNode } from 'react';

/**
 * Renders the Markdown that Refmod's own report writer produces (headings, tables, lists, quotes, fences,
 * emphasis, escapes, autolinks) as React elements, so the printable page and the Markdown file say the same.
 * Not a general Markdown renderer; text only ever becomes text nodes, never HTML.
 */
export function MarkdownView({
  markdown,
  fence,
}: {
  markdown: string;
  fence: (index: number, language: string, code: string) => ReactNode;
}) {
  const lines = markdown.split('\n');
  const blocks: ReactNode[] = [];
  let fences = 0;
  for (let i = 0; i < lines.length;) {
    const line = lines[i]!;
    const key = blocks.length;
    const take = (test: (l: string) => boolean) => {
      const taken: string[] = [];
      while (i < lines.length && test(lines[i]!)) taken.push(lines[i++]!);
      return taken;
    };
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (!line.trim()) i++;
    else if (heading) {
      const Tag = `h${heading[1]!.length}` as 'h1' | 'h2' | 'h3';
      blocks.push(<Tag key={key}>{inline(heading[2]!)}</Tag>);
      i++;
    } else if (line.startsWith('```')) {
      i++;
      const code = take((l) => !l.startsWith('```'));
      i++;
      blocks.push(<div key={key}>{fence(fences++, line.slice(3).trim(), code.join('\n'))}</div>);
    } else if (line.startsWith('|')) {
      const [head = [], , ...rows] = take((l) => l.startsWith('|')).map(cells);
      blocks.push(
        <table key={key}>
          {head.some((h) => h) ? (
            <thead>
              <tr>
                {head.map((h, j) => (
                  <th key={j} scope="col">
                    {inline(h)}
                  </th>
                ))}
              </tr>
            </thead>
          ) : null}
          <tbody>
            {rows.map((r, j) => (
              <tr key={j}>
                {r.map((c, k) => (
                  <td key={k}>{inline(c)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>,
      );
    } else if (line.startsWith('- ')) {
      blocks.push(
        <ul key={key}>
          {take((l) => l.startsWith('- ')).map((l, j) => (
            <li key={j}>{inline(l.slice(2))}</li>
          ))}
        </ul>,
      );
    } else if (line.startsWith('> ')) {
      blocks.push(
        <blockquote key={key}>
          {inline(
            take((l) => l.startsWith('> '))
              .map((l) => l.slice(2))
              .join(' '),
          )}
        </blockquote>,
      );
    } else {
      const paragraph = take((l) => !!l.trim() && !/^(#{1,3} |```|\||- |> )/.test(l));
      blocks.push(
        <p key={key}>
          {paragraph.flatMap((l, j) => [...(j ? [<br key={`br${j}`} />] : []), ...inline(l.replace(/ {2}$/, ''))])}
        </p>,
      );
    }
  }
  return <>{blocks}</>;
}

// The cells of a table row: split at pipes that are not escaped, without the outer pipes.
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 1; i < row.length; i++) {
    if (row[i] === '\\' && i + 1 < row.length) {
      cell += row[i]! + row[++i]!;
    } else if (row[i] === '|') {
      out.push(cell.trim());
      cell = '';
    } else cell += row[i];
  }
  return out;
}

// As in CommonMark, a backslash escapes ASCII punctuation only: "Role \\ Area" keeps its backslash.
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

// Where an emphasis marker closes, skipping escaped characters; -1 when it does not.
function closing(s: string, from: number, marker: string): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\' && ESCAPABLE.test(s[i + 1] ?? '')) i++;
    else if (s.startsWith(marker, i) && (marker === '**' || s[i + 1] !== '*')) return i;
  }
  return -1;
}

function inline(s: string): ReactNode[] {
  const out: ReactNode[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push(text);
    text = '';
  };
  for (let i = 0; i < s.length;) {
    const c = s[i]!;
    const rest = s.slice(i);
    const entity = c === '&' ? /^&(amp|lt|gt|quot);/.exec(rest) : null;
    const link = c === '<' ? /^<(https?:\/\/[^>\s]+)>/.exec(rest) : null;
    const marker = c === '*' ? (s.startsWith('**', i) ? '**' : '*') : '';
    const end = marker ? closing(s, i + marker.length, marker) : -1;
    if (c === '\\' && ESCAPABLE.test(s[i + 1] ?? '')) {
      text += s[i + 1];
      i += 2;
    } else if (entity) {
      text += ENTITIES[entity[1]!];
      i += entity[0].length;
    } else if (link) {
      flush();
      out.push(
        <a key={out.length} href={link[1]} target="_blank" rel="noreferrer noopener">
          {link[1]}
        </a>,
      );
      i += link[0].length;
    } else if (end > 0) {
      flush();
      const inner = inline(s.slice(i + marker.length, end));
      out.push(marker === '**' ? <strong key={out.length}>{inner}</strong> : <em key={out.length}>{inner}</em>);
      i = end + marker.length;
    } else {
      text += c;
      i++;
    }
  }
  flush();
  return out;
}
