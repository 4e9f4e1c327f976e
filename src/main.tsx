import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './ui/styles/base.css';
import './ui/styles/canvas.css';
import './ui/styles/panels.css';
import { App } from './ui/App.tsx';
import { boot } from './ui/workspace/boot.ts';
import { startLanguage } from './ui/i18n/messages.ts';

const root = createRoot(document.getElementById('root')!);
// The language's catalogue loads while the model opens, so the first screen is already in the user's language.
void Promise.all([boot(), startLanguage()]).then(
  ([started]) =>
    root.render(
      <StrictMode>
        <App boot={started} />
      </StrictMode>,
    ),
  // Without any catalogue there are no words to show but these: the page's own files did not arrive.
  () =>
    root.render(
      <p role="alert" className="load-failed">
        Refmod could not load its files (the network or the server failed). Your models are kept in this browser: reload
        the page to try again.
      </p>,
    ),
);
