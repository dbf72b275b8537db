import type { z } from 'zod';

/** One line a person can act on, naming each field that was wrong. */
export function describeIssues(error: z.ZodError, subject = 'input'): string {
  const problems = error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : '';
  return `Invalid ${subject}: ${problems.join('; ')}${more}.`;
}
