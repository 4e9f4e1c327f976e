import type { Schema } from '../en/schema.ts';

const WHAT = { name: '이름은', label: '레이블은', text: '텍스트는' } as const;

/** The file format's schema sentences, in Korean. */
export const schema: Schema = {
  'schema.too-long': (p) =>
    `${WHAT[p.what]} 최대 ${p.limit.toLocaleString('ko')}자까지 쓸 수 있습니다. 이 값은 ${p.length.toLocaleString('ko')}자입니다.`,
  'schema.name-empty': () => '이름은 비워 둘 수 없습니다.',
  'schema.bad-id': () => 'ID는 영문자로 시작하고 영문자, 숫자, _ . - 만 쓸 수 있습니다.',
  'schema.bad-colour': () => '색상은 #rrggbb 형식으로 씁니다.',
  'schema.bad-language': () => '언어는 "en", "de", "ko" 같은 태그로 씁니다.',
  'schema.position-range': (p) => `위치는 ±${p.limit.toLocaleString('ko')} 범위 안에 있어야 합니다.`,
  'schema.not-one-of': (p) => `잘못된 값입니다. ${p.values.map((v) => `"${v}"`).join(', ')} 중 하나여야 합니다.`,
  'schema.unknown-part': (p) => `"${p.key}" 항목은 Refmod 모델에 없는 항목입니다.`,
};
