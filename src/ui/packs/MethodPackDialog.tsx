import { useMemo, useState } from 'react';
import { loadPack, packSummary, type MethodPack } from '../../core/method/pack.ts';
import { methodProblems } from '../../core/method/engine.ts';
import { newModel } from '../../core/method/new-model.ts';
import { metamodelFor } from '../../core/metamodel/registry.ts';
import { readFileArg } from '../export/file-arg.ts';
import { Dialog } from '../shell/Dialog.tsx';
import type { DialogProps } from '../shell/features.tsx';
import { useActions, useWb } from '../workbench-context.ts';
import { currentActor } from '../method/actor.ts';
import './packs.css';

type Read = { ok: true; pack: MethodPack } | { ok: false; problems: { path: string; message: string }[] };

/** A method pack opened or dropped: what it holds, its problems if any, and a new model that follows it. */
export default function MethodPackDialog({ arg, onClose }: DialogProps) {
  const wb = useActions();
  const changes = useWb((s) => s.history.past.length);
  const openName = useWb((s) => s.history.document.meta.name);
  const file = readFileArg(arg);
  const read = useMemo((): Read => {
    if (!file)
      return { ok: false, problems: [{ path: '(file)', message: 'No method pack was handed to this dialog.' }] };
    let raw: unknown;
    try {
      raw = JSON.parse(file.text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return {
        ok: false,
        problems: [{ path: '(file)', message: `The file is not JSON: ${(error as Error).message}` }],
      };
    }
    const loaded = loadPack(raw);
    if (!loaded.ok) return { ok: false, problems: loaded.errors };
    const pack = loaded.pack;
    const mismatches = pack.method ? methodProblems(pack.method, metamodelFor({ pack })) : [];
    return mismatches.length
      ? { ok: false, problems: mismatches.map((p) => ({ path: `method.${p.path}`, message: p.message })) }
      : { ok: true, pack };
  }, [file]);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const start = () => {
    if (!read.ok) return;
    if (!name.trim()) return setError('Give the model a name.');
    const actor = currentActor();
    const result = newModel({ name, pack: read.pack, authors: actor ? [actor] : [] });
    if (!result.ok) return setError(result.message);
    wb.open(result.document);
    wb.setSidePanel('method');
    const method = read.pack.method;
    wb.notify(
      'success',
      `“${result.document.meta.name}” follows the method pack ${read.pack.name}${method ? `, at step 1: ${method.steps[0]!.title}` : ''}.`,
    );
    onClose();
  };

  return (
    <Dialog title="Method pack" onClose={onClose}>
      {!read.ok ? (
        <div className="method-pack" role="alert">
          <p>
            <strong>“{file?.name ?? 'The file'}” is not a method pack Refmod can use.</strong> The open model is
            unchanged. Fix these and open it again:
          </p>
          <ul className="method-pack__problems">
            {read.problems.slice(0, 12).map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
          {read.problems.length > 12 ? <p>… and {read.problems.length - 12} more.</p> : null}
          <div className="editor__actions">
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
        </div>
      ) : (
        <form
          className="method-pack"
          onSubmit={(e) => {
            e.preventDefault();
            start();
          }}
        >
          <p className="method-pack__summary" data-testid="pack-summary">
            {packSummary(read.pack)}
          </p>
          {read.pack.description ? <p>{read.pack.description}</p> : null}
          {read.pack.method ? (
            <p className="muted">Steps: {read.pack.method.steps.map((s, i) => `${i + 1} ${s.title}`).join(' · ')}</p>
          ) : null}
          <div className="field">
            <label htmlFor="method-pack-name">Name of the new model</label>
            <input
              id="method-pack-name"
              autoFocus
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={error ? true : undefined}
            />
            {error ? (
              <div className="field__error" role="alert">
                {error}
              </div>
            ) : null}
          </div>
          <p className="field__hint">
            The model carries the pack inside its file, so it opens with these steps anywhere, and{' '}
            <code>refmod validate</code> judges it by the pack.
            {changes > 0 ? ` “${openName}” is replaced on screen: save it first if you want a file of it.` : ''}
          </p>
          <div className="editor__actions">
            <button type="submit" className="primary">
              Start a model with this pack
            </button>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
