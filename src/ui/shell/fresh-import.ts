/** The address of the module a failed dynamic import names (Chromium and Firefox put it in the message). */
export function failedModuleUrl(error: unknown): string | null {
  const text = error instanceof Error ? error.message : String(error);
  return /(https?:\/\/[^\s'"]+?\.m?js)(?:[?#][^\s'"]*)?(?=$|[\s'"])/.exec(text)?.[1] ?? null;
}

/**
 * Loads a feature's code again after a failed load. A browser keeps a failed module for the page's life and would
 * answer a second import of it from that memory, so the retry asks for the same file at a fresh address.
 */
export function importAfresh<T>(error: unknown, load: () => Promise<T>): Promise<T> {
  const url = failedModuleUrl(error);
  return url ? (import(/* @vite-ignore */ `${url}?retry=${Date.now()}`) as Promise<T>) : load();
}
