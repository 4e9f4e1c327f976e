/** A built-in validation rule as a reader sees it in another language; English is the rule's own title and hint. */
export interface RuleWords {
  title: string;
  hint: string;
}

/** German and Korean give every built-in rule (src/core/validation/rules) its title and hint; a unit test checks the ids. */
export type RuleTexts = Readonly<Record<string, RuleWords>>;

/** Why a rule of the model's own matters, when its authors wrote no hint: one sentence per kind of rule. */
export const userRuleHints = {
  'required-property': "The model's authors require this property for elements of this type.",
  count: "The model's authors set how many elements of this type each lane should hold.",
  naming: "The model's authors set this naming convention for elements of this type.",
  'required-relation': "The model's authors require this relation for elements of this type.",
};
export type UserRuleHints = Readonly<Record<keyof typeof userRuleHints, string>>;
