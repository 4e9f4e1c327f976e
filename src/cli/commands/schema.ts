import { documentJsonSchema } from '../../core/model/json-schema.ts';
import { packJsonSchema } from '../../core/method/pack-json-schema.ts';
import { EXIT, parseArgs, type CliCommand } from '../io.ts';

export const schemaCommand: CliCommand = {
  name: 'schema',
  summary: 'print the JSON Schema of the Refmod file format',
  help: [
    'Usage: refmod schema [--pack] [-o <file>]',
    '',
    'Prints the JSON Schema generated from the document schema, or writes it to <file>.',
    '  --pack  the JSON Schema of method packs instead (public/schema/method-pack.schema.json)',
  ].join('\n'),
  run(args, io) {
    const { flags } = parseArgs(args, ['out'], ['pack']);
    const text = JSON.stringify(flags.has('pack') ? packJsonSchema() : documentJsonSchema(), null, 2) + '\n';
    const out = flags.get('out');
    if (typeof out === 'string' && out) io.writeFile(out, text);
    else io.out(text);
    return EXIT.ok;
  },
};
