import type { CoreMessages } from '../core-messages.ts';
import { findings } from './findings.ts';
import { problems } from './problems.ts';
import { rules } from './rules.ts';

/** The core's messages in Korean: loaded only when Korean is chosen. */
export const ko: CoreMessages = { findings, problems, rules };
