import type { PatternReasons } from '../en/patterns.ts';

/** Why a pattern is unusable, in Korean; the JavaScript engine's own detail stays as the browser or Node gives it. */
export const patternReason: PatternReasons = (r) => {
  switch (r.kind) {
    case 'invalid':
      return `올바른 정규 표현식이 아닙니다(${r.detail})`;
    case 'look-behind':
      return '후방 탐색("(?<=" 또는 "(?<!")을 쓰는데, 명명 규칙에서는 쓸 수 없습니다';
    case 'back-reference':
      return '그룹을 다시 참조("\\1" 또는 "\\k<name>")하는데, 명명 규칙에서는 쓸 수 없습니다';
    case 'too-large':
      return `${r.steps.toLocaleString('ko')}단계 넘게 늘어납니다(반복 안의 {100} 같은 큰 횟수)`;
  }
};
