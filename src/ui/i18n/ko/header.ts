import type { Messages } from '../messages.ts';

export const header: Messages['header'] = {
  undo: '실행 취소',
  redo: '다시 실행',
  undoNamed: (label: string) => `실행 취소: ${label}`,
  redoNamed: (label: string) => `다시 실행: ${label}`,
  undoTitle: (label: string) => `실행 취소: ${label} (Ctrl+Z)`,
  redoTitle: (label: string) => `다시 실행: ${label} (Ctrl+Shift+Z)`,
  nothingToUndo: '실행 취소할 작업이 없습니다',
  nothingToRedo: '다시 실행할 작업이 없습니다',
  models: '모델…',
  modelsTitle: '제공 모델, 템플릿, 최근 모델; 새 모델 시작',
  open: '열기…',
  openTitle:
    '모델(.json), Refmod에서 내보낸 이미지(.svg, .png), Mermaid 순서도(.mmd) 또는 CSV 표를 엽니다. 파일을 창에 끌어다 놓아도 됩니다',
  openFile: '모델 파일 열기',
  save: '저장',
  saveTitle: '모델을 JSON 파일로 저장 (Ctrl+S)',
  export: '내보내기',
  exportTitle: '모델 또는 뷰 내보내기: Mermaid, 이미지, CSV, 보고서',
  evaluate: '평가',
  evaluateTitle: '고객사, 최종 고객, 내부 체크리스트로 모델을 평가합니다',
  present: '발표',
  exitPresent: '발표 종료',
  presentTitle: '발표: 패널을 숨겨 캔버스가 화면을 채웁니다',
  helpTitle: '단축키와 도움말 (?)',
  help: '도움말과 단축키',
};
