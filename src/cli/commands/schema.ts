import { documentJsonSchema } from '../../core/model/json-schema.ts';
import { EXIT, parseArgs, type CliCommand } from '../io.ts';

export const schemaCommand: CliCommand = {
  name: 'schema',
  summary: 'print the JSON Schema of the Refmod file format',
  help: [
    'Usage: refmod schema [-o <file>]',
    '',
    'Prints the JSON Schema generated from the document schema, or writes it to <file>.',
  ].join('\n'),
  run(args, io) {
    const { flags } = parseArgs(args, ['out']);
    const text = JSON.stringify(documentJsonSchema(), null, 2) + '\n';
    const out = flags.get('out');
    if (typeof out === 'string' && out) io.writeFile(out, text);
    else io.out(text);
    return EXIT.ok;
  },
};
