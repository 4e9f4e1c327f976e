import { useEffect, useState, type CSSProperties } from 'react';

/** Room left free for the zoom controls in the canvas' bottom-right corner. */
const ABOVE_CONTROLS = 52;
const INSET = 12;

/**
 * Where messages sit: fixed to the bottom-right corner of the canvas pane (lane headers run along its top and left
 * edges, the tabs above it), following the pane as panels fold or the window resizes.
 */
export function useCanvasCorner(): CSSProperties {
  const [corner, setCorner] = useState<CSSProperties>({ right: INSET, bottom: INSET });
  useEffect(() => {
    let observed: Element | null = null;
    const place = () => {
      const pane = document.querySelector('.canvas');
      if (pane !== observed) {
        if (observed) resize.unobserve(observed);
        if (pane) resize.observe(pane);
        observed = pane;
      }
      const box = pane?.getBoundingClientRect();
      if (!box) return setCorner({ right: INSET, bottom: INSET });
      const right = Math.round(window.innerWidth - box.right + INSET);
      const bottom = Math.round(window.innerHeight - box.bottom + ABOVE_CONTROLS);
      const maxWidth = Math.round(Math.max(240, Math.min(400, box.width - 2 * INSET)));
      setCorner((c) =>
        c.right === right && c.bottom === bottom && c.maxWidth === maxWidth ? c : { right, bottom, maxWidth },
      );
    };
    const resize = new ResizeObserver(place);
    // The pane mounts after the first screen and is replaced when a model opens; a slow poll finds it again.
    const poll = setInterval(place, 1000);
    window.addEventListener('resize', place);
    place();
    return () => {
      clearInterval(poll);
      resize.disconnect();
      window.removeEventListener('resize', place);
    };
  }, []);
  return corner;
}
