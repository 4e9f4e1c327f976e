import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './ui/styles/base.css';
import './ui/styles/canvas.css';
import './ui/styles/panels.css';
import { App } from './ui/App.tsx';
import { boot } from './ui/workspace/boot.ts';
import type { Language } from './core/i18n/language.ts';
import { preferredLanguage, startLanguage } from './ui/i18n/messages.ts';

// Shown when no catalogue could load, so the three sentences live here, picked by the stored or the browser's language.
const LOAD_FAILED: Record<Language, string> = {
  en: 'Refmod could not load its files (the network or the server failed). Your models are kept in this browser: reload the page to try again.',
  de: 'Refmod konnte seine Dateien nicht laden (das Netzwerk oder der Server ist ausgefallen). Ihre Modelle bleiben in diesem Browser gespeichert: Laden Sie die Seite neu, um es noch einmal zu versuchen.',
  ko: 'Refmod가 파일을 불러오지 못했습니다(네트워크 또는 서버 오류). 모델은 이 브라우저에 그대로 저장되어 있습니다. 페이지를 새로 고쳐 다시 시도하세요.',
};

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
  () => {
    const language = preferredLanguage();
    document.documentElement.lang = language;
    root.render(
      <p role="alert" className="load-failed" lang={language}>
        {LOAD_FAILED[language]}
      </p>,
    );
  },
);
