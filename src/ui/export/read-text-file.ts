/**
 * A text file's content: UTF-8 (with or without BOM), else Windows-1252, which spreadsheet programs on
 * Windows still write for "CSV", so umlauts from a client's Excel arrive intact.
 */
export async function readTextFile(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
