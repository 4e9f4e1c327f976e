import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { DialogId, SidePanel } from '../../store/workbench.ts';
import { Inspector } from '../inspector/Inspector.tsx';
import { FindingsBadge } from '../findings/FindingsBadge.tsx';

export interface SidePanelFeature {
  id: SidePanel;
  label: string;
  /** The panel's content; features other than the inspector load on first open, keeping the first screen light. */
  Panel: ComponentType | LazyExoticComponent<ComponentType>;
  /** A small count beside the tab label, e.g. the number of findings. */
  Badge?: ComponentType;
}

export interface DialogProps {
  arg?: string;
  onClose: () => void;
}

/** The tabs of the side panel, in order. Each feature registers itself here with one line. */
export const sidePanels: SidePanelFeature[] = [
  { id: 'inspector', label: 'Inspector', Panel: Inspector },
  { id: 'method', label: 'Step', Panel: lazy(() => import('../method/StepPanel.tsx')) },
  { id: 'findings', label: 'Findings', Panel: lazy(() => import('../findings/FindingsPanel.tsx')), Badge: FindingsBadge },
  { id: 'evaluation', label: 'Evaluation', Panel: lazy(() => import('../evaluation/EvaluationPanel.tsx')) },
  { id: 'export', label: 'Export', Panel: lazy(() => import('../export/ExportPanel.tsx')) },
  { id: 'versions', label: 'Versions', Panel: lazy(() => import('../workspace/VersionsPanel.tsx')) },
];

/** The dialogs features open with `openDialog(id)`; each loads its code when first opened. */
export const dialogs: Partial<Record<DialogId, LazyExoticComponent<ComponentType<DialogProps>>>> = {
  'image-export': lazy(() => import('../export/ImageExportDialog.tsx')),
  'mermaid-import': lazy(() => import('../export/MermaidImportDialog.tsx')),
  csv: lazy(() => import('../export/CsvDialog.tsx')),
  'model-report': lazy(() => import('../export/ModelReportDialog.tsx')),
  gallery: lazy(() => import('../gallery/GalleryDialog.tsx')),
  'new-model': lazy(() => import('../method/NewModelDialog.tsx')),
  glossary: lazy(() => import('../glossary/GlossaryDialog.tsx')),
  tour: lazy(() => import('../tour/Tour.tsx')),
  rules: lazy(() => import('../findings/RulesDialog.tsx')),
  'evaluation-report': lazy(() => import('../evaluation/EvaluationReportDialog.tsx')),
  diff: lazy(() => import('../workspace/DiffDialog.tsx')),
  derive: lazy(() => import('../workspace/DeriveDialog.tsx')),
  'workspace-file': lazy(() => import('../workspace/WorkspaceFileDialog.tsx')),
};
