import type { Messages } from '../messages.ts';

export const workspace: Messages['workspace'] = {
  saved: '저장됨',
  saving: '저장 중…',
  notSaved: '저장 안 됨',
  readOnly: '읽기 전용',
  readOnlyTitle:
    '이 탭은 모델을 읽기 전용으로 보여 줍니다. 다른 탭에서 편집 중입니다. 여기에서 편집하려면 배너의 “편집 넘겨받기”를 사용하세요.',
  savedTitle: (when) =>
    `모든 변경 사항이 이 브라우저에 저장되어 있습니다${when ? ` (${when})` : ''}. 이 모델의 버전을 엽니다.`,
  savingTitle: '최근 변경 사항을 이 브라우저에 저장하는 중…',
  notSavedTitle: '최근 변경 사항이 이 브라우저에 저장되지 않았습니다. 위의 배너를 확인하세요.',
};
