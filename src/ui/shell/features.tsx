import { lazy, type ComponentType } from 'react';
import type { DialogId, SidePanel } from '../../store/workbench.ts';
import { Inspector } from '../inspector/Inspector.tsx';
import { FindingsBadge } from '../findings/FindingsBadge.tsx';
import { ChunkLoadError, PanelBoundary } from './PanelBoundary.tsx';

export interface SidePanelFeature {
  id: SidePanel;
  label: string;
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

/**
 * A feature's code, loaded on first use. A failed load is tried once more (a dropped connection, a redeploy)
 * before the boundary explains; `reset` (on "Reload this panel") starts a fresh load, since a lazy component keeps its failure.
 */
function onFirstUse<P extends object>(load: Loader<P>) {
  const start = () =>
    lazy(() =>
      load()
        .catch(() => load())
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
function panel(name: string, load: Loader<object>): ComponentType {
  const { Content, reset } = onFirstUse(load);
  return function GuardedPanel() {
    return (
      <PanelBoundary name={name} onReload={reset}>
        <Content />
      </PanelBoundary>
    );
  };
}

/** A dialog inside its own error boundary, loaded on first use; a crash shows in a dialog the user can close. */
function dialog(name: string, load: Loader<DialogProps>): ComponentType<DialogProps> {
  const { Content, reset } = onFirstUse(load);
  return function GuardedDialog(props: DialogProps) {
    return (
      <PanelBoundary name={name} onClose={props.onClose} onReload={reset}>
        <Content {...props} />
      </PanelBoundary>
    );
  };
}

function GuardedInspector() {
  return (
    <PanelBoundary name="the Inspector">
      <Inspector />
    </PanelBoundary>
  );
}

/** The tabs of the side panel, in order. Each feature registers itself here with one line. */
export const sidePanels: SidePanelFeature[] = [
  { id: 'inspector', label: 'Inspector', Panel: GuardedInspector },
  { id: 'method', label: 'Step', Panel: panel('the Step panel', () => import('../method/StepPanel.tsx')) },
  {
    id: 'findings',
    label: 'Findings',
    Panel: panel('the Findings panel', () => import('../findings/FindingsPanel.tsx')),
    Badge: FindingsBadge,
  },
  {
    id: 'evaluation',
    label: 'Evaluation',
    Panel: panel('the Evaluation panel', () => import('../evaluation/EvaluationPanel.tsx')),
  },
  { id: 'export', label: 'Export', Panel: panel('the Export panel', () => import('../export/ExportPanel.tsx')) },
  {
    id: 'versions',
    label: 'Versions',
    Panel: panel('the Versions panel', () => import('../workspace/VersionsPanel.tsx')),
  },
  { id: 'learn', label: 'Learn', Panel: panel('the Learn panel', () => import('../teach/ExercisePanel.tsx')) },
];

/** The dialogs features open with `openDialog(id)`; each loads its code when first opened. */
export const dialogs: Partial<Record<DialogId, ComponentType<DialogProps>>> = {
  'image-export': dialog('the image export', () => import('../export/ImageExportDialog.tsx')),
  'mermaid-import': dialog('the Mermaid import', () => import('../export/MermaidImportDialog.tsx')),
  'drawio-import': dialog('the draw.io import', () => import('../export/DrawioImportDialog.tsx')),
  'archimate-export': dialog('the ArchiMate export', () => import('../export/ArchimateExportDialog.tsx')),
  csv: dialog('the CSV dialog', () => import('../export/CsvDialog.tsx')),
  'model-report': dialog('the model report', () => import('../export/ModelReportDialog.tsx')),
  gallery: dialog('the gallery', () => import('../gallery/GalleryDialog.tsx')),
  'new-model': dialog('the new model dialog', () => import('../method/NewModelDialog.tsx')),
  'method-pack': dialog('the method pack dialog', () => import('../packs/MethodPackDialog.tsx')),
  glossary: dialog('the glossary', () => import('../glossary/GlossaryDialog.tsx')),
  tour: dialog('the tour', () => import('../tour/Tour.tsx')),
  rules: dialog('the rules dialog', () => import('../findings/RulesDialog.tsx')),
  'evaluation-report': dialog('the evaluation report', () => import('../evaluation/EvaluationReportDialog.tsx')),
  diff: dialog('the comparison', () => import('../workspace/DiffDialog.tsx')),
  derive: dialog('the derive dialog', () => import('../workspace/DeriveDialog.tsx')),
  configure: dialog('the configuration', () => import('../configure/ConfigureDialog.tsx')),
  induce: dialog('the induction', () => import('../induce/InduceDialog.tsx')),
  'catalogue-card': dialog('the catalogue card', () => import('../catalogue-card/CatalogueCardDialog.tsx')),
  'workspace-file': dialog('the workspace file dialog', () => import('../workspace/WorkspaceFileDialog.tsx')),
  'connect-to': dialog('the connect-to dialog', () => import('../a11y/ConnectToDialog.tsx')),
};
