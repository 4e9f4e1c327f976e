import type { ComponentType, LazyExoticComponent } from 'react';
import type { DialogId, SidePanel } from '../../store/workbench.ts';
import { Inspector } from '../inspector/Inspector.tsx';

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
];

/** The dialogs features open with `openDialog(id)`; each loads its code when first opened. */
export const dialogs: Partial<Record<DialogId, LazyExoticComponent<ComponentType<DialogProps>>>> = {};
