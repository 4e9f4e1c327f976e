import type { PropertyProblems } from '../en/properties.ts';

/** A property problem in Korean; the options are the metamodel's values, as a file holds them. */
export const propertyProblem: PropertyProblems = (p, l) => {
  switch (p.kind) {
    case 'required':
      return `${l.type}에는 "${l.property}" 값이 필요합니다.`;
    case 'unknown':
      return `${l.type}에는 "${p.property}" 속성이 없습니다.`;
    case 'number':
      return `"${l.property}"은(는) 숫자여야 합니다.`;
    case 'boolean':
      return `"${l.property}"은(는) 예 또는 아니요여야 합니다.`;
    case 'option':
      return `"${l.property}"은(는) 다음 중 하나여야 합니다: ${p.options.join(', ')}.`;
    case 'options':
      return `"${l.property}"에는 다음 중 하나 이상을 한 번씩 적어야 합니다: ${p.options.join(', ')}.`;
    case 'url':
      return `"${l.property}"은(는) 웹 주소(https://…)여야 합니다.`;
    case 'text':
      return `"${l.property}"은(는) 텍스트여야 합니다.`;
  }
};
