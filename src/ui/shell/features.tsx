import { lazy, type ComponentType } from 'react';
import type { DialogId, SidePanel } from '../../store/workbench.ts';
import { Inspector } from '../inspector/Inspector.tsx';
import { FindingsBadge } from '../findings/FindingsBadge.tsx';
import { ChunkLoadError, PanelBoundary } from './PanelBoundary.tsx';
import { importAfresh } from './fresh-import.ts';
import { useMessages, type Messages } from '../i18n/messages.ts';

export interface SidePanelFeature {
  id: SidePanel;
  /** The panel's content, inside its own error boundary; features other than the inspector load on first open, keeping the first screen light. */
  Panel: ComponentType;
  /** A small count beside the tab label, e.g. the number of findings. */
  Badge?: ComponentType;
}

export interface DialogProps {
  arg?: string;
  onClose: () => void;
}

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;
/** A part as its error boundary names it, in the active language. */
type Part = keyof Messages['shell']['parts'];

/**
 * A feature's code, loaded on first use. A failed load is tried once more (a dropped connection, a redeploy)
 * (at a fresh address) before the boundary explains; `reset` (on "Reload this panel") starts a fresh load, since a lazy
 * component keeps its failure.
 */
function onFirstUse<P extends object>(load: Loader<P>) {
  const start = () =>
    lazy(() =>
      load()
        .catch((error: unknown) => importAfresh(error, load))
        .catch((error: unknown) => {
          throw new ChunkLoadError(error instanceof Error ? error.message : String(error));
        }),
    );
  let Loaded = start();
  // Reads `Loaded` when it renders, so a reload after a failed load gets the fresh one.
  function Current(props: P) {
    return <Loaded {...props} />;
  }
  const reset = () => {
    Loaded = start();
  };
  return { Content: Current, reset };
}

/** A side panel inside its own error boundary: a crash there leaves the canvas, the model and the other tabs alone. */
function panel(part: Part, load: Loader<object>): ComponentType {
  const { Content, reset } = onFirstUse(load);
  return function GuardedPanel() {
    const m = useMessages().shell;
    return (
      <PanelBoundary name={m.parts[part]} onReload={reset}>
        <Content />
      </PanelBoundary>
    );
  };
}

/** A dialog inside its own error boundary, loaded on first use; a crash shows in a dialog the user can close. */
function dialog(part: Part, load: Loader<DialogProps>): ComponentType<DialogProps> {
  const { Content, reset } = onFirstUse(load);
  return function GuardedDialog(props: DialogProps) {
    const m = useMessages().shell;
    return (
      <PanelBoundary name={m.parts[part]} onClose={props.onClose} onReload={reset}>
        <Content {...props} />
      </PanelBoundary>
    );
  };
}

function GuardedInspector() {
  const m = useMessages().shell;
  return (
    <PanelBoundary name={m.parts.inspector}>
      <Inspector />
    </PanelBoundary>
  );
}

/** The tabs of the side panel, in order. Each feature registers itself here with one line. */
export const sidePanels: SidePanelFeature[] = [
  { id: 'inspector', Panel: GuardedInspector },
  { id: 'method', Panel: panel('method', () => import('../method/StepPanel.tsx')) },
  {
    id: 'findings',
    Panel: panel('findings', () => import('../findings/FindingsPanel.tsx')),
    Badge: FindingsBadge,
  },
  {
    id: 'evaluation',
    Panel: panel('evaluation', () => import('../evaluation/EvaluationPanel.tsx')),
  },
  { id: 'export', Panel: panel('export', () => import('../export/ExportPanel.tsx')) },
  {
    id: 'versions',
    Panel: panel('versions', () => import('../workspace/VersionsPanel.tsx')),
  },
  { id: 'learn', Panel: panel('learn', () => import('../teach/ExercisePanel.tsx')) },
];

/** The dialogs features open with `openDialog(id)`; each loads its code when first opened. */
export const dialogs: Partial<Record<DialogId, ComponentType<DialogProps>>> = {
  'image-export': dialog('image-export', () => import('../export/ImageExportDialog.tsx')),
  'mermaid-import': dialog('mermaid-import', () => import('../export/MermaidImportDialog.tsx')),
  'drawio-import': dialog('drawio-import', () => import('../export/DrawioImportDialog.tsx')),
  'archimate-export': dialog('archimate-export', () => import('../export/ArchimateExportDialog.tsx')),
  csv: dialog('csv', () => import('../export/CsvDialog.tsx')),
  'model-report': dialog('model-report', () => import('../export/ModelReportDialog.tsx')),
  gallery: dialog('gallery', () => import('../gallery/GalleryDialog.tsx')),
  'new-model': dialog('new-model', () => import('../method/NewModelDialog.tsx')),
  'method-pack': dialog('method-pack', () => import('../packs/MethodPackDialog.tsx')),
  glossary: dialog('glossary', () => import('../glossary/GlossaryDialog.tsx')),
  tour: dialog('tour', () => import('../tour/Tour.tsx')),
  rules: dialog('rules', () => import('../findings/RulesDialog.tsx')),
  'evaluation-report': dialog('evaluation-report', () => import('../evaluation/EvaluationReportDialog.tsx')),
  diff: dialog('diff', () => import('../workspace/DiffDialog.tsx')),
  derive: dialog('derive', () => import('../workspace/DeriveDialog.tsx')),
  configure: dialog('configure', () => import('../configure/ConfigureDialog.tsx')),
  induce: dialog('induce', () => import('../induce/InduceDialog.tsx')),
  'catalogue-card': dialog('catalogue-card', () => import('../catalogue-card/CatalogueCardDialog.tsx')),
  'workspace-file': dialog('workspace-file', () => import('../workspace/WorkspaceFileDialog.tsx')),
  'connect-to': dialog('connect-to', () => import('../a11y/ConnectToDialog.tsx')),
  'file-problems': dialog('file-problems', () => import('./FileProblemsDialog.tsx')),
};
