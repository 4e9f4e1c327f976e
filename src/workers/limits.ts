/** The most elements the workbench shows; a larger model is for the CLI, or for splitting. */
export const MAX_OPEN_ELEMENTS = 20_000;
