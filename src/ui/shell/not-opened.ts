import { problemMessage } from '../../core/i18n/say.ts';
import type { Problem } from '../../core/model/problems.ts';
import type { Workbench } from '../../store/workbench.ts';
import { messages } from '../i18n/messages.ts';

/** One problem of a refused file: where it is (a path, a row and column, a line; may be empty) and what is wrong. */
export interface FileProblem {
  where: string;
  message: string;
}

/** A problem as one line of text: where it is, then what is wrong. */
export const problemLine = (p: FileProblem) => (p.where ? `${p.where}: ${p.message}` : p.message);

// A notice has room for three problems; the rest are a click away.
const IN_NOTICE = 3;

/** A model file's problems by path, in the active language. */
export const modelProblems = (errors: readonly Problem[]): FileProblem[] =>
  errors.map((e) => ({ where: e.path, message: problemMessage(e) }));

/**
 * Says a file was not opened and that the open model stays: its first problems in the notice, and when there are
 * more, a button that lists every one of them (to read or download).
 */
export function refuseFile(wb: Workbench, file: string, problems: readonly FileProblem[]): void {
  const m = messages().shell;
  const first = problems.slice(0, IN_NOTICE).map(problemLine).join(' · ');
  const rest = problems.length - IN_NOTICE;
  const more = rest > 0 ? m.andMore(rest) : '';
  const all =
    rest > 0
      ? {
          label: m.showAllProblems(problems.length),
          run: () => wb.openDialog('file-problems', JSON.stringify({ file, problems })),
        }
      : undefined;
  wb.notify('error', m.notOpened(file, `${first}${more}`), all);
}
