import type { Metamodel } from '../../core/metamodel/metamodel.ts';
import type { Exercise } from '../../core/teach/exercise.ts';
import { importExercise } from '../../core/teach/import.ts';
import { problemMessage } from '../../core/i18n/say.ts';

// The exercise files are served as assets and fetched when the Learn tab lists them.
const urls = import.meta.glob<string>('../../../models/exercises/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The shipped exercises, easiest first; a file that fails to load is left out with its reason. */
export async function shippedExercises(metamodel: Metamodel): Promise<{ exercises: Exercise[]; problems: string[] }> {
  const exercises: Exercise[] = [];
  const problems: string[] = [];
  for (const [path, url] of Object.entries(urls).sort(([a], [b]) => a.localeCompare(b))) {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const result = importExercise(await response.text(), metamodel);
      if (result.ok) exercises.push(result.exercise);
      else problems.push(`${path.split('/').pop()}: ${result.errors.map((e) => problemMessage(e)).join(' ')}`);
    } catch (error) {
      problems.push(`${path.split('/').pop()}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { exercises: exercises.sort((a, b) => a.level - b.level), problems };
}

/** A student's progress on one exercise, kept in this browser. */
export interface Progress {
  readonly attempts: number;
  readonly best: number;
  readonly passed: boolean;
}

const PROGRESS = 'refmod.teach.progress';
const ACTIVE = 'refmod.teach.exercise.';

function read<T>(key: string): T | null {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Without storage the exercise still works; only the progress is not remembered.
  }
}

export function allProgress(): Record<string, Progress> {
  return read<Record<string, Progress>>(PROGRESS) ?? {};
}

/** Records one check of an exercise: one more attempt, the best score so far, passed once passed. */
export function recordAttempt(exerciseId: string, score: number, passed: boolean): Progress {
  const all = allProgress();
  const was = all[exerciseId] ?? { attempts: 0, best: 0, passed: false };
  const now = { attempts: was.attempts + 1, best: Math.max(was.best, score), passed: was.passed || passed };
  write(PROGRESS, { ...all, [exerciseId]: now });
  return now;
}

/** The exercise a stored model is the student's work on, remembered with the model's id so a reload keeps it. */
export function exerciseOfModel(modelId: string): Exercise | null {
  return read<Exercise>(ACTIVE + modelId);
}

export function rememberExercise(modelId: string, exercise: Exercise): void {
  write(ACTIVE + modelId, exercise);
}

export function forgetExercise(modelId: string): void {
  try {
    localStorage.removeItem(ACTIVE + modelId);
  } catch {
    // Nothing was remembered without storage.
  }
}
