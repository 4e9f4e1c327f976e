import type { ReactElement } from 'react';

const paths: Record<string, ReactElement> = {
  'business-object': <path d="M4 6h16v12H4z M4 10h16" />,
  process: <path d="M3 6h12l5 6-5 6H3l5-6z" />,
  'quality-measure': <path d="M4 16a8 8 0 0 1 16 0 M12 16l4-5" />,
  goal: <path d="M6 21V4 M6 4h11l-3 4 3 4H6" />,
  'organisational-role': <path d="M12 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7z M5 20c0-4 3-6 7-6s7 2 7 6" />,
  'information-system': (
    <path d="M5 6c0-1.5 3-2.5 7-2.5s7 1 7 2.5v12c0 1.5-3 2.5-7 2.5s-7-1-7-2.5z M5 6c0 1.5 3 2.5 7 2.5s7-1 7-2.5" />
  ),
};

/** The symbol of an element category; the same glyph appears in the palette, the nodes and the legend. */
export function CategoryIcon({ category, size = 16 }: { category: string; size?: number }) {
  return (
    <svg
      className="category-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinejoin="round"
      strokeLinecap="round"
      aria-hidden="true"
    >
      {paths[category] ?? <circle cx="12" cy="12" r="7" />}
    </svg>
  );
}

/** Four corners: fit the whole view on screen. */
export function FitIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
      aria-hidden="true"
    >
      <path d="M4 9V4h5 M15 4h5v5 M20 15v5h-5 M9 20H4v-5" />
    </svg>
  );
}
