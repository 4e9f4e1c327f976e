import type { CoreMessages } from '../core-messages.ts';
import { commands, refusals } from './commands.ts';
import { derive } from './derive.ts';
import { findings } from './findings.ts';
import { fixes } from './fixes.ts';
import { imports } from './imports.ts';
import { patternReason } from './patterns.ts';
import { problems } from './problems.ts';
import { propertyProblem } from './properties.ts';
import { report } from './report.ts';
import { rules, userRuleHints } from './rules.ts';

/** The core's messages in German: loaded only when German is chosen. */
export const de: CoreMessages = {
  findings,
  fixes,
  problems,
  derive,
  imports,
  report,
  patternReason,
  propertyProblem,
  rules,
  userRuleHints,
  commands,
  refusals,
};
