import { EXIT, parseArgs, type CliCommand } from '../io.ts';
import { readModel } from '../load.ts';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check a model file; exit 0 valid, 1 errors, 2 unreadable',
  help: [
    'Usage: refmod validate <file.json> [--json]',
    '',
    'Checks a model against the file format and the metamodel.',
    '  --json   print findings as JSON',
    '',
    'Exit codes: 0 no errors, 1 errors found, 2 the file cannot be read as a model.',
  ].join('\n'),
  run(args, io) {
    const { positional, flags } = parseArgs(args, []);
    const loaded = readModel(positional[0], io);
    if (loaded.status === 'unreadable') return EXIT.unreadable;
    const findings = loaded.status === 'broken' ? loaded.errors.map((p) => ({ severity: 'error', path: p.path, message: p.message })) : [];
    if (flags.has('json')) io.out(JSON.stringify({ file: positional[0], findings }, null, 2));
    else if (findings.length === 0) io.out(`${positional[0]}: valid`);
    else for (const f of findings) io.out(`error  ${f.path}  ${f.message}`);
    return findings.length ? EXIT.findings : EXIT.ok;
  },
};
