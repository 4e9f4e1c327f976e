import type { Answer, AnswerRef, Answers, Configuration, Question } from './schema.ts';

/** A reason the answers cannot configure the model yet, tied to the question to fix. */
export interface AnswerProblem {
  readonly question: string;
  readonly message: string;
}

const isChosen = (answers: Answers, ref: AnswerRef) => answers[ref.question]?.includes(ref.answer) ?? false;

/** The question and answer a reference points at, for messages. */
export function answerOf(config: Configuration, ref: AnswerRef): { question: Question; answer: Answer } | null {
  const question = config.questions.find((q) => q.id === ref.question);
  const answer = question?.answers.find((a) => a.id === ref.answer);
  return question && answer ? { question, answer } : null;
}

/** "“Which channels?” — “Phone”": how a question and its answer read in reasons and messages. */
export function quote(question: Question, answer: Answer): string {
  return `“${question.text}” — “${answer.text}”`;
}

function label(config: Configuration, ref: AnswerRef): string {
  const found = answerOf(config, ref);
  return found ? `“${found.answer.text}”` : `${ref.question}/${ref.answer}`;
}

/**
 * Everything that keeps the answers from configuring the model: unanswered required questions, two answers
 * to a single-choice question, unknown answers, and broken constraints (an answer that excludes a chosen one,
 * or requires one not chosen).
 */
export function answerProblems(config: Configuration, answers: Answers): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (const [questionId, chosen] of Object.entries(answers)) {
    const question = config.questions.find((q) => q.id === questionId);
    if (!question) {
      problems.push({ question: questionId, message: `There is no question "${questionId}" in this questionnaire.` });
      continue;
    }
    for (const id of chosen)
      if (!question.answers.some((a) => a.id === id))
        problems.push({ question: questionId, message: `“${question.text}” has no answer "${id}".` });
  }
  for (const q of config.questions) {
    const chosen = answers[q.id] ?? [];
    if (q.required && chosen.length === 0)
      problems.push({ question: q.id, message: `“${q.text}” is not answered yet.` });
    if (!q.multiple && chosen.length > 1)
      problems.push({ question: q.id, message: `“${q.text}” takes one answer; ${chosen.length} are chosen.` });
  }
  for (const c of config.constraints) {
    if (!isChosen(answers, c.answer)) continue;
    const why = c.reason ? ` ${c.reason}` : '';
    if (c.kind === 'excludes' && isChosen(answers, c.other))
      problems.push({
        question: c.other.question,
        message: `${label(config, c.answer)} excludes ${label(config, c.other)}.${why}`,
      });
    if (c.kind === 'requires' && !isChosen(answers, c.other))
      problems.push({
        question: c.other.question,
        message: `${label(config, c.answer)} requires ${label(config, c.other)}.${why}`,
      });
  }
  return problems;
}

/**
 * Answers that cannot be chosen next to the ones already chosen, each with the reason: exclusion works both
 * ways, so the dialog can grey out an answer before the user picks it.
 */
export function excludedAnswers(config: Configuration, answers: Answers): Map<string, string> {
  const excluded = new Map<string, string>();
  const key = (ref: AnswerRef) => `${ref.question}/${ref.answer}`;
  for (const c of config.constraints) {
    if (c.kind !== 'excludes') continue;
    for (const [chosen, other] of [
      [c.answer, c.other],
      [c.other, c.answer],
    ] as const) {
      if (isChosen(answers, chosen) && !isChosen(answers, other))
        excluded.set(key(other), `Excluded by ${label(config, chosen)}.${c.reason ? ` ${c.reason}` : ''}`);
    }
  }
  return excluded;
}

/** Chooses or unchooses an answer: a single-choice question keeps only the new answer. */
export function toggleAnswer(config: Configuration, answers: Answers, ref: AnswerRef): Answers {
  const question = config.questions.find((q) => q.id === ref.question);
  if (!question) return answers;
  const chosen = answers[ref.question] ?? [];
  const next = chosen.includes(ref.answer)
    ? chosen.filter((id) => id !== ref.answer)
    : question.multiple
      ? question.answers.map((a) => a.id).filter((id) => id === ref.answer || chosen.includes(id))
      : [ref.answer];
  return { ...answers, [ref.question]: next };
}
