/** Below this zoom the canvas draws less: nodes as plain coloured blocks, relations without arrowheads. */
export const DETAIL_ZOOM = 0.45;

/** Above this many elements a view renders only what is on screen, and below the detail zoom it is drawn as a map. */
export const LARGE_VIEW = 300;

/** React Flow store selector: true while the view is zoomed out below the detail level. */
export const zoomedOut = (s: { transform: [number, number, number] }) => s.transform[2] < DETAIL_ZOOM;
