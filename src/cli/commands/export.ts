import { exportDocument } from '../../core/io/json.ts';
import { toMermaid } from '../../core/io/mermaid.ts';
import { EXIT, parseArgs, type CliCommand } from '../io.ts';
import { loadModel } from '../load.ts';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write a model as canonical JSON or as a Mermaid flowchart',
  help: [
    'Usage: refmod export <file.json> --to json|mermaid [--view <id>] [-o <out>]',
    '',
    '  --to json      canonical JSON (stable key order, pretty-printed)',
    '  --to mermaid   a Mermaid flowchart with one subgraph per lane',
    '  --view <id>    export only this view (Mermaid); default: the whole model',
    '  -o <out>       write to a file instead of standard output',
  ].join('\n'),
  run(args, io) {
    const { positional, flags } = parseArgs(args, ['to', 'view', 'out']);
    const to = flags.get('to');
    if (to !== 'json' && to !== 'mermaid') {
      io.err('refmod export: say --to json or --to mermaid.');
      return EXIT.unreadable;
    }
    const doc = loadModel(positional[0], io);
    if (!doc) return EXIT.unreadable;
    const view = flags.get('view');
    if (typeof view === 'string' && !doc.views.some((v) => v.id === view)) {
      io.err(`refmod export: the model has no view "${view}". Views: ${doc.views.map((v) => v.id).join(', ')}.`);
      return EXIT.unreadable;
    }
    const text = to === 'json' ? exportDocument(doc) : toMermaid(doc, { viewId: typeof view === 'string' ? view : undefined });
    const out = flags.get('out');
    if (typeof out === 'string' && out) io.writeFile(out, text);
    else io.out(text);
    return EXIT.ok;
  },
};
