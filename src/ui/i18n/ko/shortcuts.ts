import type { Messages } from '../messages.ts';

export const shortcuts: Messages['shortcuts'] = {
  title: '단축키',
  takeTour: '둘러보기 시작',
  tourTitle: '작업 화면을 9단계로 둘러봅니다: 캔버스, 팔레트, 방법, 설명, 발견 사항, 평가, 내보내기',
  openGlossary: '용어집 열기',
  glossaryTitle: '모델 뒤의 개념: CRM, BPO, 참조 모델, COPC-2000 등',
  footer: '모든 작업은 버튼이나 패널에도 있습니다. 모델 파일을 창 어디에나 끌어다 놓으면 열립니다.',
  keys: {
    undo: ['Ctrl+Z', '실행 취소 (버튼 도움말에 명령 이름이 나옵니다)'],
    redo: ['Ctrl+Shift+Z 또는 Ctrl+Y', '다시 실행'],
    clipboard: ['Ctrl+C / Ctrl+X / Ctrl+V', '요소 복사, 잘라내기, 붙여넣기 (다른 모델에도)'],
    duplicate: ['Ctrl+D', '선택 항목 복제'],
    remove: ['Delete', '이 뷰에서 제거 (전체 모델 뷰에서는 삭제)'],
    delete: ['Shift+Delete', '관계와 함께 모델에서 삭제'],
    selectAll: ['Ctrl+A', '뷰의 모든 항목 선택'],
    box: ['Shift+끌기', '상자로 선택; Shift+클릭으로 선택에 추가'],
    nudge: ['화살표 키', '선택 항목 이동 (Shift: 더 멀리); 노드에 포커스가 있으면 노드 사이를 이동'],
    connect: ['C', '선택한 요소를 다른 요소와 연결: 이름으로 찾고 관계 유형을 고릅니다'],
    roving: [
      'Tab 다음 화살표 키',
      '캔버스에서: 탭 정지는 하나; 화살표로 다음 노드로 가서 선택하고, Enter로 칸을 엽니다',
    ],
    altNudge: ['Alt+화살표 키', '노드에 키보드 포커스가 있을 때 선택 항목 이동'],
    rename: ['F2 또는 더블클릭', '그 자리에서 이름 바꾸기 (큰 뷰의 지도에서는 더블클릭하면 요소로 확대)'],
    find: ['Ctrl+F', '이름이나 유형으로 요소 찾기'],
    save: ['Ctrl+S', '모델을 파일로 저장'],
    escape: ['Escape', '취소, 선택 해제'],
    help: ['?', '이 목록'],
  },
};
