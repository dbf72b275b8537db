import courseModule from '../../../templates/course-module/template.json';
import declarationSummary from '../../../templates/declaration-summary/template.json';
import fromPolicyToAction from '../../../templates/from-policy-to-action/template.json';
import workshopReport from '../../../templates/workshop-report/template.json';
import { ApiError } from '../../../shared/errors';
import { TemplateSchema, type Template } from '../../../shared/template';

/** The templates that ship with Rapporteur, read from templates/<id>/template.json at build time. */
export const TEMPLATES: readonly Template[] = [fromPolicyToAction, workshopReport, courseModule, declarationSummary].map(
  (template) => TemplateSchema.parse(template),
);

export function getTemplate(id: string): Template {
  const template = TEMPLATES.find((candidate) => candidate.id === id);
  if (!template) {
    throw new ApiError('not-found', `No template is called "${id}". Templates: ${TEMPLATES.map((t) => t.id).join(', ')}.`);
  }
  return template;
}
