/** A built-in validation rule as a reader sees it in another language; English is the rule's own title and hint. */
export interface RuleWords {
  title: string;
  hint: string;
}

/** German and Korean give every built-in rule (src/core/validation/rules) its title and hint; a unit test checks the ids. */
export type RuleTexts = Readonly<Record<string, RuleWords>>;
