import type { FixMessages } from '../en/fixes.ts';

/** The quick fixes' button labels in Korean. */
export const fixes: FixMessages = {
  'fix.remove-relation': () => '이 관계 삭제',
  'fix.remove-missing-references': () => '없는 참조 삭제',
  'fix.remove-from-view': () => '뷰에서 제거',
  'fix.retype-relation': (p, w) => `${w.quote(w.relationLabel(p.relation))}(으)로 변경`,
  'fix.keep-optional': () => '유지("?" 결정)',
  'fix.add-to-view': (p, w) => `${w.quote(p.view)} 뷰에 추가`,
  'fix.delete-empty-view': (p, w) => `빈 뷰 ${w.quote(p.view)} 삭제`,
  'fix.show-all-in-view': (p, w) => `${w.quote(p.view)}에 모든 요소 표시`,
  'fix.show-role-elements': (p, w) => `${w.quote(p.role)} 역할의 요소 ${p.count}개를 ${w.quote(p.view)}에 표시`,
  'fix.place-in-area': (p, w) => `${w.quote(p.area)} 영역에 배치`,
};
