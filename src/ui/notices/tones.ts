import type { Notice } from '../../store/workbench.ts';

/** The symbol beside a message, so its kind never rests on colour alone. */
export const ICON: Record<Notice['tone'], string> = { error: '✕', warning: '!', success: '✓', info: 'i' };
