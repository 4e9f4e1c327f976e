import { useState } from 'react';
import { readFileArg, type FileArg } from './file-arg.ts';

/**
 * Hands an import dialog the file dropped onto the window while it is open (a new `arg`), or null when the new
 * `arg` holds none. It runs during render, as React advises for state that follows a prop.
 */
export function useDroppedFile(arg: string | undefined, take: (file: FileArg | null) => void): void {
  const [seenArg, setSeenArg] = useState(arg);
  if (arg !== seenArg) {
    setSeenArg(arg);
    take(readFileArg(arg));
  }
}
