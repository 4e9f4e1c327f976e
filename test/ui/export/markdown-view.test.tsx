import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { modelReport } from '../../../src/core/io/model-report.ts';
import { MarkdownView } from '../../../src/ui/export/markdown-view.tsx';
import { everyCategory } from '../../core/io/sample-document.ts';

describe('the printable model report', () => {
  const doc = everyCategory();
  doc.meta.name = 'CRM | BPO <b>model</b> *draft*';
  doc.meta.description = 'First line\nsecond line\n\n- not a list';
  doc.meta.sources = [
    {
      id: 'geib',
      label: 'Geib et al. 2005',
      citation: 'CRM architecture.',
      url: 'https://doi.org/10.1109/HICSS.2005.101',
    },
  ];
  const fences: string[] = [];
  const html = renderToStaticMarkup(
    <MarkdownView
      markdown={modelReport(doc)}
      fence={(index, language, code) => {
        fences.push(`${index}:${language}:${code.split('\n')[0]}`);
        return <figure data-view={index} />;
      }}
    />,
  );

  it("shows what the Markdown says, with the user's text as text", () => {
    expect(html).toContain('<h1>CRM | BPO &lt;b&gt;model&lt;/b&gt; *draft*</h1>');
    expect(html).toContain('<p>First line<br/>second line</p><p>- not a list</p>');
    expect(html).toContain('<h2>Macro structure</h2>');
    expect(html).toContain('<th scope="col">Role \\ Area</th>');
    expect(html).toContain('<td><strong>Provider</strong></td>');
    expect(html).toContain('<th scope="col"><em>no area</em></th>');
    expect(html).toContain('<td><em>no role</em></td>');
    expect(html).toContain('<li><strong>Input:</strong> Inquiry</li>');
    expect(html).toContain(
      '<a href="https://doi.org/10.1109/HICSS.2005.101" target="_blank" rel="noreferrer noopener">https://doi.org/10.1109/HICSS.2005.101</a>',
    );
  });

  it("hands every view's Mermaid block to the page, which draws it as an image", () => {
    expect(fences).toEqual(['0:mermaid:flowchart LR']);
    expect(html).toContain('<div><figure data-view="0"></figure></div>');
    expect(html).not.toContain('```');
  });
});
