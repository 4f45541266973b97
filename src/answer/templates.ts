import type { Lang } from '../channel/types.js';
import { promptVariables, renderPrompt } from './prompt-files.js';

/** Every reply the assistant sends that is not a composed answer comes from one of these templates. */
export const TEMPLATE_NAMES = [
  'answer-header',
  'answer-other-language',
  'answer-partial',
  'no-position',
  'no-position-ticket',
  'no-position-part',
  'ticket-opened',
  'ticket-followup',
  'staff-answer',
  'help',
  'error',
  'feedback-thanks',
  'feedback-offer',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** The variables a reply template needs, e.g. `['ticketId']`. */
export function templateVariables(name: TemplateName, lang: Lang): string[] {
  return promptVariables(`replies/${name}.${lang}.md`);
}

/** Renders `prompts/replies/<name>.<lang>.md`; a missing variable throws AppError('INTERNAL'). */
export function renderTemplate(name: TemplateName, lang: Lang, vars: Record<string, string> = {}): string {
  return renderPrompt(`replies/${name}.${lang}.md`, vars);
}
