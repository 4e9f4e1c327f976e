import type { Messages } from '../messages.ts';

export const views: Messages['views'] = {
  views: '뷰',
  tabTitle: (name: string, perspective: string) => `${name} (${perspective} 관점)`,
  allViews: '모든 뷰 ▾',
  allViewsTitle: '모델의 모든 뷰',
  add: '+ 기존 요소 추가',
  addTitle: '모델의 요소를 이 뷰에도 표시합니다',
  addDialog: '이 뷰에 기존 요소 추가',
  filter: '이름으로 거르기…',
  filterLabel: '요소 거르기',
  allShown: '모든 요소가 이미 이 뷰에 있습니다.',
};
