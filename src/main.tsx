import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './ui/styles/base.css';
import './ui/styles/canvas.css';
import './ui/styles/panels.css';
import { App } from './ui/App.tsx';
import { boot } from './ui/workspace/boot.ts';

const root = createRoot(document.getElementById('root')!);
void boot().then((started) =>
  root.render(
    <StrictMode>
      <App boot={started} />
    </StrictMode>,
  ),
);
