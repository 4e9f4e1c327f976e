import { edit, type Edit } from '../../core/commands/history.ts';
import { exportDocument } from '../../core/io/json.ts';
import { slug } from '../../core/model/ids.ts';
import type { RefDocument } from '../../core/model/schema.ts';
import type { VersionRecord } from '../../workspace/index.ts';
import { download } from '../shell/download.ts';
import { screenLabel } from '../i18n/labels.ts';

/** Makes the open model the state of a version again, as one undo step; the model keeps its own id. */
export function restoreVersion(version: VersionRecord): Edit {
  return edit(screenLabel('workspace', 'restoreEdit', version.name), (draft) => {
    const target = draft as unknown as Record<string, unknown>;
    const source = structuredClone(version.document) as unknown as Record<string, unknown>;
    for (const key of Object.keys(target)) if (!(key in source)) delete target[key];
    for (const [key, value] of Object.entries(source)) if (key !== 'meta') target[key] = value;
    draft.meta = { ...version.document.meta, id: draft.meta.id };
  });
}

/** Offers a version as a model file, named after the model and the version. */
export function exportVersion(version: VersionRecord) {
  const doc: RefDocument = version.document;
  download(`${slug(doc.meta.name)}-${slug(version.name) || 'version'}.refmod.json`, exportDocument(doc));
}
