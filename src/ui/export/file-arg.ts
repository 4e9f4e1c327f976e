/** A file handed to an import dialog through `openDialog(id, arg)`, e.g. a `.mmd` dropped onto the window. */
export interface FileArg {
  name: string;
  text: string;
}

export const fileArg = (file: FileArg): string => JSON.stringify(file);

/** The file an import dialog was opened with, or null when it was opened empty. */
export function readFileArg(arg: string | undefined): FileArg | null {
  if (!arg) return null;
  try {
    const value = JSON.parse(arg) as Partial<FileArg>;
    return typeof value.name === 'string' && typeof value.text === 'string'
      ? { name: value.name, text: value.text }
      : null;
  } catch {
    return null;
  }
}
