import type { ProblemMessages } from '../en/problems.ts';
import { integrity } from './integrity.ts';
import { schema } from './schema.ts';

/** Why a file could not be opened, in Korean. */
export const problems: ProblemMessages = {
  ...schema,
  ...integrity,
  'file.not-text': () => '파일을 텍스트로 읽을 수 없습니다.',
  'file.too-large': (p) => `파일 크기가 ${p.megabytes} MB입니다. Refmod는 20 MB까지의 모델을 엽니다.`,
  'file.empty': () => '파일이 비어 있습니다.',
  'file.too-deep': (p) => `파일의 중첩 깊이가 ${p.levels}단계를 넘습니다.`,
  'file.not-json': (p) =>
    `파일이 올바른 JSON이 아닙니다(${p.detail}${p.line === undefined ? '' : `, ${p.line}행 ${p.column}열`}). 파일이 잘렸거나 직접 편집되었습니까?`,
  'file.forbidden-key': (p) => `모델 파일에는 키 "${p.key}"을(를) 쓸 수 없습니다(JavaScript 객체를 바꿀 수 있음).`,
  'exercise.not-exercise': () =>
    'Refmod 연습 문제가 아닙니다. 연습 문제 파일에는 "kind": "refmod-exercise"가 있습니다.',
  'model.not-an-object': () => 'Refmod 모델은 JSON 객체입니다. 이 파일에는 다른 것이 들어 있습니다.',
  'model.no-format-version': () => 'Refmod 모델이 아닙니다: 올바른 "formatVersion"이 없습니다.',
  'model.newer-format': (p) =>
    `이 파일은 더 새로운 Refmod(형식 ${p.version})로 작성되었습니다. 이 버전은 형식 ${p.current}까지 읽습니다. 열려면 Refmod를 업데이트하십시오.`,
  'model.unreadable': (p) => `모델을 읽을 수 없습니다: ${p.error}`,
  'model.missing-field': (p) => `이 필드가 없습니다(필요한 형식: ${p.expected}).`,
  'model.unknown-keys': (p) => `Refmod는 이 위치의 키 ${p.keys.map((k) => `"${k}"`).join(', ')}을(를) 알지 못합니다.`,
};
