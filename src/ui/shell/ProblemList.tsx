import { useState } from 'react';
import { useMessages } from '../i18n/messages.ts';
import { download } from './download.ts';
import { problemLine, type FileProblem } from './not-opened.ts';
import './problem-list.css';

/** The whole list as a text file, one problem per line, to fix the file by. */
const problemsText = (problems: readonly FileProblem[]) => problems.map(problemLine).join('\n') + '\n';

/** The name of that text file: the refused file's name without its extension, then "-problems.txt". */
const problemsFileName = (file: string) => `${file.replace(/\.[^.]+$/, '') || 'file'}-problems.txt`;

/** The problems of a refused file: the first few, every one on request, and the whole list as a download. */
export function ProblemList({
  problems,
  file,
  first = 8,
}: {
  problems: readonly FileProblem[];
  file: string;
  first?: number;
}) {
  const m = useMessages().shell;
  const [all, setAll] = useState(false);
  const shown = all ? problems : problems.slice(0, first);
  return (
    <div className="problem-list">
      <ul>
        {shown.map((p, i) => (
          <li key={i}>
            {p.where ? <code>{p.where}</code> : null}
            {p.where ? ': ' : null}
            <bdi>{p.message}</bdi>
          </li>
        ))}
      </ul>
      <div className="problem-list__actions">
        {problems.length > first ? (
          <button type="button" onClick={() => setAll(!all)}>
            {all ? m.showFewerProblems : m.showAllProblems(problems.length)}
          </button>
        ) : null}
        <button
          type="button"
          onClick={() => download(problemsFileName(file), problemsText(problems), 'text/plain;charset=utf-8')}
        >
          {m.downloadProblems}
        </button>
      </div>
    </div>
  );
}
