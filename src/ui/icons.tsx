import { CATEGORY_ICON_PATHS } from '../core/diagram/category-icons.ts';

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
      {CATEGORY_ICON_PATHS[category] ? <path d={CATEGORY_ICON_PATHS[category]} /> : <circle cx="12" cy="12" r="7" />}
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
