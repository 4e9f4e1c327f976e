import { useEffect, useState } from 'react';
import type { EvaluationRecord } from '../../core/model/evaluation-record.ts';
import { useActions, useDocument } from '../workbench-context.ts';
import { storedWorkspace } from '../workspace/session.ts';
import { useSession } from '../workspace/session-state.ts';
import { useMessages } from '../i18n/messages.ts';

type Found =
  { state: 'looking' } | { state: 'none' } | { state: 'found'; version: string; name: string; changes: string[] };

/** Says what changed since a session scored the model: the stored version it saw, diffed against the model now. */
export function StaleNote({ record }: { record: EvaluationRecord }) {
  const wb = useActions();
  const m = useMessages().evaluation;
  const doc = useDocument();
  const modelId = useSession((s) => s.modelId);
  const [found, setFound] = useState<Found>({ state: 'looking' });
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const workspace = storedWorkspace();
      if (!workspace || !modelId) return setFound({ state: 'none' });
      const [{ contentHash }, { diffDocuments }, { contentChanges }] = await Promise.all([
        import('../../core/evaluation/content-hash.ts'),
        import('../../core/diff/diff.ts'),
        import('../../core/evaluation/stale.ts'),
      ]);
      // Newest first: a session is most likely to have seen a recent version.
      const versions = (await workspace.listVersions(modelId)).slice().reverse().slice(0, 40);
      for (const v of versions) {
        const loaded = await workspace.loadVersion(modelId, v.id);
        if (cancelled) return;
        if (loaded && contentHash(loaded.document) === record.modelHash) {
          const changes = contentChanges(diffDocuments(loaded.document, doc));
          return setFound({ state: 'found', version: `version:${v.id}`, name: v.name, changes });
        }
      }
      if (!cancelled) setFound({ state: 'none' });
    })();
    return () => {
      cancelled = true;
    };
  }, [record.modelHash, modelId, doc]);
  if (found.state === 'looking') return null;
  if (found.state === 'none') return <p className="stale-note muted">{m.staleNoVersion}</p>;
  return (
    <p className="stale-note" data-testid="stale-changes">
      {m.staleSince(found.name, found.changes.join(', ') || m.noContentChange)}{' '}
      <button className="link-button" onClick={() => wb.openDialog('diff', found.version)}>
        {m.showChanges}
      </button>
    </p>
  );
}
