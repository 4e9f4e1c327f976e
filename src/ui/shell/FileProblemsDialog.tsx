import { Dialog } from './Dialog.tsx';
import type { DialogProps } from './features.tsx';
import { ProblemList } from './ProblemList.tsx';
import type { FileProblem } from './not-opened.ts';
import { useMessages } from '../i18n/messages.ts';

/** What a refusal notice hands the dialog: the file's name and every problem, already in the active language. */
export interface RefusedFile {
  file: string;
  problems: FileProblem[];
}

// A long list is shown a hundred at a time: a broken 20 MB file can have tens of thousands of problems.
const SHOWN = 100;

/** Every problem of a file that was not opened, to read through or download, when the notice had room for three. */
export default function FileProblemsDialog({ arg, onClose }: DialogProps) {
  const m = useMessages().shell;
  const refused = JSON.parse(arg ?? '{"file":"","problems":[]}') as RefusedFile;
  return (
    <Dialog title={m.problemsTitle(refused.file)} onClose={onClose} wide>
      <p>{m.problemsIntro(refused.problems.length)}</p>
      <ProblemList problems={refused.problems} file={refused.file} first={SHOWN} />
    </Dialog>
  );
}
