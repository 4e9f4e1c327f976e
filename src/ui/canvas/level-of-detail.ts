/** Above this many elements a view renders only what is on screen, lays out with the fast preset and draws straight relations. */
export const LARGE_VIEW = 300;
