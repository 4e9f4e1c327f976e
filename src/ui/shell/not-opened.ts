import type { Problem } from '../../core/model/problems.ts';
import { messages } from '../i18n/messages.ts';

/** Why a model file was refused, its first three problems by path, and that the open model stays. */
export function notOpened(fileName: string, errors: readonly Problem[]): string {
  const first = errors
    .slice(0, 3)
    .map((e) => `${e.path}: ${e.message}`)
    .join(' · ');
  const m = messages().shell;
  const more = errors.length > 3 ? m.andMore(errors.length - 3) : '';
  return m.notOpened(fileName, `${first}${more}`);
}
