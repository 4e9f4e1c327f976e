import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './ui/styles/base.css';
import './ui/styles/canvas.css';
import './ui/styles/panels.css';
import { App } from './ui/App.tsx';
import { openingDocument } from './ui/shell/opening-document.ts';

const root = createRoot(document.getElementById('root')!);
void openingDocument().then((initial) =>
  root.render(
    <StrictMode>
      <App initial={initial} />
    </StrictMode>,
  ),
);
