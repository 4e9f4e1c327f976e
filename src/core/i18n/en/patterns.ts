/** Why a naming pattern cannot be used: not a regular expression, or a construct no linear-time matcher can run. */
export type PatternReason =
  | { kind: 'invalid'; detail: string }
  | { kind: 'look-behind' }
  | { kind: 'back-reference' }
  | { kind: 'too-large'; steps: number };

export type PatternReasons = (reason: PatternReason) => string;

/** Why a pattern is unusable, in English: the words the findings and the naming-rule forms have always used. */
export const patternReason: PatternReasons = (r) => {
  switch (r.kind) {
    case 'invalid':
      return `it is not a valid regular expression (${r.detail})`;
    case 'look-behind':
      return 'it looks behind ("(?<=" or "(?<!"), which a naming rule cannot use';
    case 'back-reference':
      return 'it refers back to a group ("\\1" or "\\k<name>"), which a naming rule cannot use';
    case 'too-large':
      return `it expands to more than ${r.steps.toLocaleString('en')} steps (large counts such as {100} inside repetition)`;
  }
};
