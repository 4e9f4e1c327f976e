import type { Messages } from '../messages.ts';

export const shell: Messages['shell'] = {
  language: '언어',
  languageHint: '작업 화면의 언어입니다. 모델은 자체 언어를 유지합니다',
};
