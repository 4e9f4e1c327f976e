import type { Problem } from '../../core/model/problems.ts';

/** Why a model file was refused, its first three problems by path, and that the open model stays. */
export function notOpened(fileName: string, errors: readonly Problem[]): string {
  const first = errors
    .slice(0, 3)
    .map((e) => `${e.path}: ${e.message}`)
    .join(' · ');
  const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
  return `"${fileName}" was not opened: ${first}${more}. The open model is unchanged.`;
}
