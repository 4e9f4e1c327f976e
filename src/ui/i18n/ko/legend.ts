import type { Messages } from '../messages.ts';

export const legend: Messages['legend'] = {
  label: (view: string) => `${view} 범례`,
  title: (view: string) => `“${view}” 범례`,
  empty: '뷰가 비어 있어 범례도 비어 있습니다.',
  role: '역할',
  area: '영역',
  optional: '선택 요소(“?”), 아직 결정되지 않음',
};
