/** The symbol of each element category as SVG path data on a 24 × 24 grid: the palette, the nodes and the legend share it. */
export const CATEGORY_ICON_PATHS: Readonly<Record<string, string>> = {
  'business-object': 'M4 6h16v12H4z M4 10h16',
  process: 'M3 6h12l5 6-5 6H3l5-6z',
  'quality-measure': 'M4 16a8 8 0 0 1 16 0 M12 16l4-5',
  goal: 'M6 21V4 M6 4h11l-3 4 3 4H6',
  'organisational-role': 'M12 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7z M5 20c0-4 3-6 7-6s7 2 7 6',
  'information-system':
    'M5 6c0-1.5 3-2.5 7-2.5s7 1 7 2.5v12c0 1.5-3 2.5-7 2.5s-7-1-7-2.5z M5 6c0 1.5 3 2.5 7 2.5s7-1 7-2.5',
};
