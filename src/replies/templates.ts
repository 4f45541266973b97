import type { Lang } from '../channel/types.js';
import { promptVariables, renderPrompt } from '../answer/prompt-files.js';

/** Every reply the assistant sends that is not a composed answer comes from one of these templates. */
export const TEMPLATE_NAMES = [
  'answer-header',
  'answer-other-language',
  'answer-partial',
  'answer-fact-missing',
  'answer-background-only',
  'answer-focus-missing',
  'no-position',
  'no-position-ticket',
  'no-position-part',
  'answered-above-part',
  'shown-above-part',
  'ticket-opened',
  'ticket-followup',
  'staff-answer',
  'help',
  'unreadable',
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

/** The language of a reply, or both when nothing tells which one the asker reads (no text to go by). */
export type ReplyLang = Lang | 'both';

/** A template in the asker's language, or Arabic then English when it is not known. */
export function renderReplyText(name: TemplateName, lang: ReplyLang, vars: Record<string, string> = {}): string {
  if (lang !== 'both') return renderTemplate(name, lang, vars);
  return `${renderTemplate(name, 'ar', vars)}\n\n${renderTemplate(name, 'en', vars)}`;
}

/** The language a reply is marked with: a bilingual one reads right to left first, so it is Arabic. */
export function markedLang(lang: ReplyLang): Lang {
  return lang === 'both' ? 'ar' : lang;
}
