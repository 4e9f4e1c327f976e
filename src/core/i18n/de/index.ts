import type { CoreMessages } from '../core-messages.ts';
import { findings } from './findings.ts';
import { problems } from './problems.ts';
import { rules } from './rules.ts';

/** The core's messages in German: loaded only when German is chosen. */
export const de: CoreMessages = { findings, problems, rules };
