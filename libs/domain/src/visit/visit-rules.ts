import { DomainException, type FieldIssue } from '../errors/domain-exception.js';

export const MAX_QUESTIONS = 20;
export const MAX_QUESTION_LENGTH = 2000;

/** Questions the citizen brought in, trimmed; at least one is needed to open a visit. */
export function normaliseQuestions(questions: readonly string[], path: readonly string[] = ['questions']): string[] {
  const issues: FieldIssue[] = [];
  const cleaned = questions.map((q) => q.trim());
  if (cleaned.length === 0) issues.push({ path: [...path], message: 'at least one question is required' });
  if (cleaned.length > MAX_QUESTIONS) issues.push({ path: [...path], message: `at most ${MAX_QUESTIONS} questions` });
  cleaned.forEach((q, i) => {
    if (q.length === 0) issues.push({ path: [...path, String(i)], message: 'must not be empty' });
    if (q.length > MAX_QUESTION_LENGTH) {
      issues.push({ path: [...path, String(i)], message: `must be at most ${MAX_QUESTION_LENGTH} characters` });
    }
  });
  if (issues.length > 0) throw DomainException.invalidInput(issues);
  return cleaned;
}
