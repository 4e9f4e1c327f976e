import { metamodelFor } from '../../core/metamodel/registry.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import {
  createValidator,
  groupFindings,
  integrityFindings,
  profileById,
  profiles,
  profileWords,
  summarize,
  type Finding,
  type Suppressed,
} from '../../core/validation/index.ts';
import { EXIT, parseArgs, type CliCommand, type CliIo } from '../io.ts';
import { readModel } from '../load.ts';
import { findingMessage, fixLabel, ruleWords } from '../../core/i18n/say.ts';
import type { Language } from '../../core/i18n/language.ts';
import { cliMessages } from '../messages.ts';

const MARKS = { error: '✗', warning: '!', info: 'i' } as const;

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check a model against the Guidelines of Modeling; exit 0 no errors, 1 errors, 2 unreadable',
  help: [
    `Usage: refmod validate <file.json> [--profile ${profiles.map((p) => p.id).join('|')}] [--json]`,
    '',
    'Checks a model with the validation rules (grouped by severity, then by GoM principle).',
    `  --profile <id>  judge by this profile instead of the model's own (${profiles.map((p) => `${p.id}: ${p.name}`).join('; ')})`,
    '  --json          print the findings as JSON',
    '',
    'Exit codes: 0 no errors, 1 errors found, 2 the file cannot be read as a model.',
  ].join('\n'),
  run(args, io, language) {
    const { positional, flags } = parseArgs(args, ['profile'], ['json']);
    const profile = flags.get('profile');
    if (profile !== undefined && (typeof profile !== 'string' || !profileById(profile))) {
      io.err(
        cliMessages(language).unknownProfile(
          profile === true ? '' : profile,
          profiles.map((p) => p.id),
        ),
      );
      return EXIT.unreadable;
    }
    const file = positional[0];
    const loaded = readModel(file, io);
    if (loaded.status === 'unreadable') return EXIT.unreadable;
    let result: { profile: string; findings: Finding[]; suppressed: Suppressed[]; doc: RefDocument | null };
    if (loaded.status === 'broken') {
      result = { profile: profile ?? 'default', findings: integrityFindings(loaded.errors), suppressed: [], doc: null };
    } else {
      const report = createValidator(metamodelFor(loaded.document)).run(
        loaded.document,
        typeof profile === 'string' ? { profile } : {},
      );
      result = {
        profile: report.profile.id,
        findings: report.findings,
        suppressed: report.suppressed,
        doc: loaded.document,
      };
    }
    if (flags.has('json')) printJson(file!, result, io, language);
    else printText(file!, result, io, language);
    return summarize(result.findings).error > 0 ? EXIT.findings : EXIT.ok;
  },
};

function namer(doc: RefDocument | null) {
  const names = new Map(doc?.elements.map((e) => [e.id, e.name]));
  const relations = new Map(doc?.relations.map((r) => [r.id, r]));
  return {
    element: (id: string) => ({ id, name: names.get(id) ?? null }),
    elementText: (id: string) => (names.has(id) ? `${names.get(id)} (${id})` : id),
    relationText: (id: string) => {
      const rel = relations.get(id);
      return rel ? `${id} (${rel.source} ${rel.type} ${rel.target})` : id;
    },
  };
}

function printText(
  file: string,
  result: { profile: string; findings: Finding[]; suppressed: Suppressed[]; doc: RefDocument | null },
  io: CliIo,
  language: Language,
) {
  const name = namer(result.doc);
  const m = cliMessages(language);
  const metamodel = metamodelFor(result.doc ?? {});
  const profile = profileById(result.profile, result.doc ?? undefined);
  const lines = [
    `${file}: ${m.summary(summarize(result.findings))} (${m.profile(profile ? profileWords(profile).name : result.profile)})`,
  ];
  const pack = result.doc?.pack;
  if (pack)
    lines.push(
      m.pack(pack.name, pack.version, {
        metamodel: !!pack.metamodel,
        ...(pack.method ? { method: pack.method.name } : {}),
        ...(pack.profile ? { profile: pack.profile.name } : {}),
      }),
    );
  if (result.doc === null) lines.push(m.unresolved);
  for (const group of groupFindings(result.findings)) {
    lines.push('', `${m.headings[group.severity]} (${group.count})`);
    for (const principle of group.principles) {
      lines.push(`  ${m.principles?.[principle.principle] ?? principle.label}`);
      for (const f of principle.findings) {
        lines.push(`    ${MARKS[f.severity]} ${f.rule}  ${findingMessage(f, metamodel, language)}`);
        if (f.elements.length) lines.push(`        ${m.elements}: ${f.elements.map(name.elementText).join(', ')}`);
        if (f.relations.length) lines.push(`        ${m.relations}: ${f.relations.map(name.relationText).join(', ')}`);
        if (f.fix) lines.push(`        ${m.quickFix}: ${fixLabel(f.fix, metamodel, language)}`);
      }
    }
  }
  if (result.suppressed.length) lines.push('', m.suppressed(result.suppressed.length));
  io.out(lines.join('\n'));
}

function printJson(
  file: string,
  result: { profile: string; findings: Finding[]; suppressed: Suppressed[]; doc: RefDocument | null },
  io: CliIo,
  language: Language,
) {
  const name = namer(result.doc);
  const metamodel = metamodelFor(result.doc ?? {});
  const plain = (f: Finding) => ({
    rule: f.rule,
    severity: f.severity,
    principle: f.principle,
    step: f.step,
    message: findingMessage(f, metamodel, language),
    elements: f.elements.map(name.element),
    relations: f.relations,
    subjects: f.subjects ?? [],
    hint: ruleWords({ id: f.rule, title: '', hint: f.hint }, language).hint,
    fix: f.fix ? fixLabel(f.fix, metamodel, language) : null,
  });
  const findings = groupFindings(result.findings).flatMap((g) => g.principles.flatMap((p) => p.findings.map(plain)));
  const suppressed = result.suppressed.map((s) => ({ ...plain(s.finding), reason: s.reason }));
  io.out(
    JSON.stringify(
      {
        file,
        profile: result.profile,
        pack: result.doc?.pack
          ? { id: result.doc.pack.id, name: result.doc.pack.name, version: result.doc.pack.version }
          : null,
        summary: summarize(result.findings),
        findings,
        suppressed,
      },
      null,
      2,
    ),
  );
}
