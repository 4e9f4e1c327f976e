/** The drag-and-drop data type of a palette entry (an element type id). */
export const PALETTE_MIME = 'application/x-refmod-type';
