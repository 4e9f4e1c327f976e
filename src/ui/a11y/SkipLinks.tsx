import './skip-links.css';
import { useMessages } from '../i18n/messages.ts';

/** Focuses the canvas' one tab stop (its current node), or the canvas itself when it draws none. */
function toCanvas() {
  const node = document.querySelector<HTMLElement>('#canvas .react-flow__node[tabindex="0"]');
  const canvas = document.querySelector<HTMLElement>('#canvas');
  if (node) return node.focus();
  canvas?.setAttribute('tabindex', '-1');
  canvas?.focus();
}

function toSidePanel() {
  document.querySelector<HTMLElement>('.side-panel [role="tab"][aria-selected="true"]')?.focus();
}

/** The first stops of the page for keyboard users: past the header and method bar, straight to the work. */
export function SkipLinks() {
  const m = useMessages().a11y;
  return (
    <nav className="skip-links" aria-label={m.skipLinks}>
      <a
        href="#canvas"
        onClick={(e) => {
          e.preventDefault();
          toCanvas();
        }}
      >
        {m.toCanvas}
      </a>
      <a
        href="#side-panel"
        onClick={(e) => {
          e.preventDefault();
          toSidePanel();
        }}
      >
        {m.toSidePanel}
      </a>
    </nav>
  );
}
