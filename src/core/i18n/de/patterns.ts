import type { PatternReasons } from '../en/patterns.ts';

/** Why a pattern is unusable, in German; the JavaScript engine's own detail stays as the browser or Node gives it. */
export const patternReason: PatternReasons = (r) => {
  switch (r.kind) {
    case 'invalid':
      return `es ist kein gültiger regulärer Ausdruck (${r.detail})`;
    case 'look-behind':
      return 'es schaut zurück („(?<=“ oder „(?<!“), was eine Namensregel nicht nutzen kann';
    case 'back-reference':
      return 'es verweist auf eine Gruppe zurück („\\1“ oder „\\k<name>“), was eine Namensregel nicht nutzen kann';
    case 'too-large':
      return `es wächst auf mehr als ${r.steps.toLocaleString('de')} Schritte an (große Anzahlen wie {100} innerhalb einer Wiederholung)`;
  }
};
