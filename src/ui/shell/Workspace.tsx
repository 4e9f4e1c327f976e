import { lazy, Suspense, useCallback, useState, type DragEvent } from 'react';
import { Canvas } from '../canvas/Canvas.tsx';
import { Header } from '../header/Header.tsx';
import { MethodStepper } from '../method/MethodStepper.tsx';
import { Notices } from '../notices/Notices.tsx';
import { OfferBar } from '../notices/OfferBar.tsx';
import { SkipLinks } from '../a11y/SkipLinks.tsx';
import { useShortcuts } from '../shortcuts/use-shortcuts.ts';
import { ViewTabs } from '../views/ViewTabs.tsx';
import { TourOffer } from '../tour/TourOffer.tsx';
import { useActions, useWb } from '../workbench-context.ts';
import { openFileLater } from './file-actions-lazy.ts';
import { PanelTab, SidePanel } from './SidePanel.tsx';
import { dialogs, sidePanels } from './features.tsx';
import { useMessages } from '../i18n/messages.ts';

// Asked for by a key, not needed for the first screen.
const ShortcutHelp = lazy(() => import('../shortcuts/ShortcutHelp.tsx').then((m) => ({ default: m.ShortcutHelp })));
// The palette and outline fill in just after the canvas, which is what the first screen is for.
const Palette = lazy(() => import('../palette/Palette.tsx').then((m) => ({ default: m.Palette })));
const Outline = lazy(() => import('../outline/Outline.tsx').then((m) => ({ default: m.Outline })));
const SearchBox = lazy(() => import('../search/SearchBox.tsx').then((m) => ({ default: m.SearchBox })));

/** Renders the dialog a feature opened, loading its code on first use. */
function OpenDialog() {
  const wb = useActions();
  const open = useWb((s) => s.dialog);
  const Dialog = open ? dialogs[open.id] : undefined;
  if (!open || !Dialog) return null;
  return (
    <Suspense fallback={null}>
      <Dialog arg={open.arg} onClose={wb.closeDialog} />
    </Suspense>
  );
}

/** The main screen: header, palette and outline, the canvas with its view tabs, and the side panel. */
export function Workspace() {
  const wb = useActions();
  const presenting = useWb((s) => s.presenting);
  const m = useMessages().shell;
  const [help, setHelp] = useState(false);
  const [search, setSearch] = useState(false);
  // On a projector-sized screen the canvas needs the room: the palette and outline start folded away.
  const [leftOpen, setLeftOpen] = useState(() => window.innerWidth >= 1200);
  useShortcuts({ openHelp: () => setHelp(true), openSearch: () => setSearch(true) });

  const onDrop = useCallback(
    (e: DragEvent) => {
      const file = e.dataTransfer.files[0];
      if (!file) return;
      e.preventDefault();
      void openFileLater(wb, file);
    },
    [wb],
  );

  return (
    <div
      className={`workspace${presenting ? ' workspace--presenting' : ''}`}
      onDragOver={(e) => e.dataTransfer.types.includes('Files') && e.preventDefault()}
      onDrop={onDrop}
    >
      <SkipLinks />
      <Header onHelp={() => setHelp(true)} />
      {presenting ? null : <MethodStepper />}
      <div className="workspace__body">
        {presenting ? null : leftOpen ? (
          <aside className="workspace__left" aria-label={m.leftPanel}>
            <button
              className="workspace__fold"
              onClick={() => setLeftOpen(false)}
              title={m.hideLeftTitle}
              aria-label={m.hideLeft}
            >
              ‹
            </button>
            <Suspense fallback={null}>
              <Palette />
              <Outline />
            </Suspense>
          </aside>
        ) : (
          <div className="workspace__rail">
            <button onClick={() => setLeftOpen(true)} title={m.showLeft} aria-label={m.showLeft}>
              <span>{m.leftRail}</span>
            </button>
          </div>
        )}
        <main className="workspace__centre">
          <ViewTabs />
          <OfferBar />
          <Canvas messages={<Notices />} />
          {search ? (
            <Suspense fallback={null}>
              <SearchBox onClose={() => setSearch(false)} />
            </Suspense>
          ) : null}
        </main>
        {presenting ? null : (
          <SidePanel>
            {sidePanels.map(({ id, Panel, Badge }) => (
              <PanelTab key={id} id={id} label={m.panels[id]} badge={Badge ? <Badge /> : undefined}>
                <Suspense fallback={<p className="panel-loading">{m.loading}</p>}>
                  <Panel />
                </Suspense>
              </PanelTab>
            ))}
          </SidePanel>
        )}
      </div>
      <OpenDialog />
      <TourOffer />
      {help ? (
        <Suspense fallback={null}>
          <ShortcutHelp onClose={() => setHelp(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
