import type { Rule } from '../types.ts';
import { copcRule } from './copc.ts';
import { isolatedRule } from './elements.ts';
import {
  goalDefinedRule,
  goalPerspectivesRule,
  goalTestableRule,
  goalUnservedRule,
  servesNoGoalRule,
} from './goals.ts';
import { laneEmptyRule, macroDefinedRule } from './macro.ts';
import { propertiesRule, relationRule } from './metamodel.ts';
import { duplicateNameRule, namingRuleRule, namingRulesDefinedRule } from './naming.ts';
import { undecidedOptionalRule } from './optional.ts';
import { measuresNothingRule, noCellRule, noIoRule, noMeasureRule, noResponsibleRule } from './process.ts';
import { danglingRule } from './references.ts';
import { settingsRule } from './settings.ts';
import { inNoViewRule, viewPerspectivesRule, viewTooManyRule } from './views.ts';
import { objectNoAreaRule, viewEmptyRule, viewPerspectiveEmptyRule } from './view-content.ts';

/** The built-in rules, in the order the method meets them. */
export const builtInRules: readonly Rule[] = [
  propertiesRule,
  relationRule,
  danglingRule,
  goalDefinedRule,
  goalTestableRule,
  goalPerspectivesRule,
  macroDefinedRule,
  noCellRule,
  objectNoAreaRule,
  duplicateNameRule,
  isolatedRule,
  noResponsibleRule,
  noIoRule,
  noMeasureRule,
  measuresNothingRule,
  copcRule,
  goalUnservedRule,
  servesNoGoalRule,
  laneEmptyRule,
  undecidedOptionalRule,
  namingRulesDefinedRule,
  namingRuleRule,
  viewPerspectivesRule,
  viewTooManyRule,
  viewEmptyRule,
  viewPerspectiveEmptyRule,
  inNoViewRule,
  settingsRule,
];
