import { useMemo, useState } from 'react';
import { loadPack, type MethodPack } from '../../core/method/pack.ts';
import { methodProblems } from '../../core/method/engine.ts';
import { newModel } from '../../core/method/new-model.ts';
import { metamodelFor } from '../../core/metamodel/registry.ts';
import { readFileArg } from '../export/file-arg.ts';
import { Dialog } from '../shell/Dialog.tsx';
import { ProblemList } from '../shell/ProblemList.tsx';
import { DialogForm, SubmitButtons } from '../shell/dialog-parts.tsx';
import type { DialogProps } from '../shell/features.tsx';
import { useActions, useWb } from '../workbench-context.ts';
import { currentActor } from '../method/actor.ts';
import './packs.css';
import { useMessages, type Messages } from '../i18n/messages.ts';
import { refusalMessage } from '../../core/i18n/say.ts';

// A command is typed as it is in every language.
const CLI_VALIDATE = 'refmod validate';

type Read = { ok: true; pack: MethodPack } | { ok: false; problems: { path: string; message: string }[] };

/** What a pack holds in one line, in the active language. */
function summaryOf(pack: MethodPack, m: Messages['packs']): string {
  const parts = [
    pack.metamodel ? m.holdsMetamodel(pack.metamodel.elementTypes.length) : null,
    pack.method ? m.holdsMethod(pack.method.steps.length) : null,
    pack.checklists.length ? m.holdsChecklists(pack.checklists.length) : null,
    pack.profile ? m.holdsProfile(pack.profile.name) : null,
  ].filter(Boolean);
  return `${pack.name} ${pack.version}: ${parts.join(', ')}`;
}

/** A method pack opened or dropped: what it holds, its problems if any, and a new model that follows it. */
export default function MethodPackDialog({ arg, onClose }: DialogProps) {
  const wb = useActions();
  const m = useMessages().packs;
  const changes = useWb((s) => s.history.past.length);
  const openName = useWb((s) => s.history.document.meta.name);
  const file = readFileArg(arg);
  const read = useMemo((): Read => {
    if (!file) return { ok: false, problems: [{ path: m.filePath, message: m.noPack }] };
    let raw: unknown;
    try {
      raw = JSON.parse(file.text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return {
        ok: false,
        problems: [{ path: m.filePath, message: m.notJson((error as Error).message) }],
      };
    }
    const loaded = loadPack(raw);
    if (!loaded.ok) return { ok: false, problems: loaded.errors };
    const pack = loaded.pack;
    const mismatches = pack.method ? methodProblems(pack.method, metamodelFor({ pack })) : [];
    return mismatches.length
      ? { ok: false, problems: mismatches.map((p) => ({ path: `method.${p.path}`, message: p.message })) }
      : { ok: true, pack };
  }, [file, m]);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const start = () => {
    if (!read.ok) return;
    if (!name.trim()) return setError(m.nameMissing);
    const actor = currentActor();
    const result = newModel({ name, pack: read.pack, authors: actor ? [actor] : [] });
    if (!result.ok) return setError(refusalMessage(result));
    wb.open(result.document);
    wb.setSidePanel('method');
    const method = read.pack.method;
    wb.notify(
      'success',
      method
        ? m.startedAtStep(result.document.meta.name, read.pack.name, method.steps[0]!.title)
        : m.started(result.document.meta.name, read.pack.name),
    );
    onClose();
  };

  return (
    <Dialog title={m.title} onClose={onClose}>
      {!read.ok ? (
        <div className="method-pack" role="alert">
          <p>
            <strong>{m.notAPack(file?.name ?? m.theFile)}</strong> {m.fixAndReopen}
          </p>
          <ProblemList
            problems={read.problems.map((p) => ({ where: p.path, message: p.message }))}
            file={file?.name ?? m.theFile}
            first={12}
          />
          <div className="editor__actions">
            <button type="button" onClick={onClose}>
              {m.close}
            </button>
          </div>
        </div>
      ) : (
        <DialogForm className="method-pack" onSubmit={start}>
          <p className="method-pack__summary" data-testid="pack-summary">
            {summaryOf(read.pack, m)}
          </p>
          {read.pack.description ? <p>{read.pack.description}</p> : null}
          {read.pack.method ? (
            <p className="muted">{m.steps(read.pack.method.steps.map((s, i) => `${i + 1} ${s.title}`).join(' · '))}</p>
          ) : null}
          <div className="field">
            <label htmlFor="method-pack-name">{m.newModelName}</label>
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
            {m.carriesPack} <code>{CLI_VALIDATE}</code> {m.judgedByPack}
            {changes > 0 ? ` ${m.replacesOpen(openName)}` : ''}
          </p>
          <SubmitButtons submit={m.start} cancel={m.cancel} onCancel={onClose} />
        </DialogForm>
      )}
    </Dialog>
  );
}
