import type { Messages } from '../messages.ts';

export const collabRoom: Messages['collabRoom'] = {
  leftOut: (reason: string) => `룸에서 온 변경 하나를 제외했습니다: ${reason}`,
  notTakenIn: (why: string) => `룸에서 온 변경을 반영할 수 없습니다: ${why}`,
  relationsRemoved: (n: number, names: string) =>
    `연결된 요소가 같은 때에 삭제되어 관계 ${n}개를 제거했습니다: ${names}.`,
  item: (kind: 'relation' | 'view', name: string) => `${kind === 'relation' ? '관계' : '뷰'} ${name}`,
  renamed: (now: string) => ` (“${now}”(으)로 이름 변경됨)`,
  youDeleted: (what: string, renamed: string) =>
    `다른 사람이 ${what}을(를) 바꾸는 동안 삭제했습니다${renamed}. 삭제된 상태로 유지됩니다. 실행 취소하면 그 변경과 함께 되살아납니다.`,
  theyDeleted: (by: string, what: string, renamed: string) =>
    `${what}을(를) 바꾸는 동안 ${by} 님이 삭제했습니다${renamed}. 삭제된 상태로 유지되며, ${by} 님이 실행 취소로 되살릴 수 있습니다.`,
  typeMissing: (type: string) => `요소 유형 “${type}”이(가) 이 메타모델에 없습니다.`,
  refused:
    '룸 서버가 변경을 거부했습니다. 이 링크로는 댓글만 달 수 있고 편집할 수 없습니다. 룸에 있는 모델을 보여 주며, 검토자로 계속합니다.',
  roomUnreadable: (why: string) => `룸의 모델을 열 수 없습니다: ${why}`,
  unknownProblem: '알 수 없는 문제',
  noAnswer: (server: string) => `${server}의 룸 서버가 응답하지 않습니다. 그곳에서 \`npm run serve\`가 실행 중인가요?`,
  reviewer: '검토자로 참여했습니다. 댓글은 달 수 있지만 모델은 바꿀 수 없습니다.',
  commentLabel: (target: string) => `${target}에 댓글`,
  modelTarget: '모델',
  replyLabel: '댓글에 답글',
  resolveLabel: '댓글 해결',
  reopenLabel: '댓글 다시 열기',
  theModel: '모델',
  view: (name: string) => `뷰 ${name}`,
  deletedElement: (id: string) => `${id} (삭제된 요소)`,
  deletedView: (id: string) => `${id} (삭제된 뷰)`,
  deletedRelation: (id: string) => `${id} (삭제된 관계)`,
};
