import { normalizeForMatch } from '../text/normalize.js';

/**
 * "Is it true the ARCP was created by the Arab Summit?", «هل صحيح أن العملية أُنشئت بقرار من القمة العربية؟»:
 * a founder put to be checked, or taken for granted. The record names who founded the ARCP (the League
 * Council's decision 7833); a claim of another founder was answered with the Summit declarations the
 * statements cite, which read as bearing it out. Checked as "Who created the ARCP?" would be; undefined for a
 * question that names no founder, or a founder of another body.
 */
export interface FounderPremise {
  /** The question that checks it, in the asker's language. */
  asked: string;
  /** The founder claimed, as the question writes it. */
  claimed: string;
}

const HARAKAT = /[\u064B-\u0652\u0640]/g;
const OF_THE_ARCP = /\b(?:arcp|arab regional consultative process|consultative process|the process)\b|(?<![\u0621-\u064A])(?:العمليه|عمليه التشاور)(?![\u0621-\u064A])/u;
const FOUNDED_BY_EN = /\b(?:created|founded|established|set up|launched|started)\s+(?:by|under)\s+(?:a\s+decision\s+of\s+|a\s+resolution\s+of\s+)?(.+?)(?=\s+(?:in|on|at|during)\s+\d|\s*[?.,!]|\s+(?:right|correct|true)\b|$)/i;
const FOUNDED_BY_AR = /(?<![\u0621-\u064A])(?:انشئت|انشات|اسست|تاسست|اطلقت|انطلقت)(?:\s+\S+){0,3}?\s+(?:(?:ب)?قرار\s+(?:من|عن)\s+|من\s+قبل\s+|علي\s+يد\s+|بمبادره\s+(?:من\s+)?)(.+?)(?=\s+(?:في|عام|سنه)\s|\s*[؟?.،,!]|$)/u;

export function founderPremise(question: string): FounderPremise | undefined {
  const bare = question.replace(HARAKAT, '');
  const norm = normalizeForMatch(bare);
  if (!OF_THE_ARCP.test(norm)) return undefined;
  const arabic = /[\u0600-\u06FF]/.test(question);
  const m = arabic ? FOUNDED_BY_AR.exec(norm) : FOUNDED_BY_EN.exec(question);
  // Said as the asker wrote it («القمة العربية»), where the normalised text keeps its letters' places.
  const at = m ? m.index + m[0].indexOf(m[1]!) : -1;
  const claimed = (m && arabic && norm.length === bare.length ? bare.slice(at, at + m[1]!.length) : m?.[1])?.trim();
  if (!claimed || claimed.split(/\s+/).length > 6) return undefined;
  // "…created by the Arab Summit in 2015?": the year is checked too, by when it was created.
  const dated = /(?<!\d)(?:19|20)\d\d(?!\d)/.test(norm);
  const asked = arabic ? `من أنشأ عملية التشاور العربية الإقليمية${dated ? ' ومتى أنشئت' : ''}؟` : `Who created the ARCP${dated ? ', and when' : ''}?`;
  return { asked, claimed };
}

/** The League, however it is written: its Council, "LAS", "the Arab League", «جامعة الدول العربية». */
const THE_LEAGUE = /\b(?:las|league|arab league)\b|(?<![\u0621-\u064A])(?:ال)?جامعه(?![\u0621-\u064A])/u;
const WORDS_OF_NO_NAME = new Set(['the', 'a', 'an', 'of', 'arab', 'its', 'ال', 'العربيه', 'الدول']);

/** Whether a quote names the founder claimed: the League by any of its names, another by a word of its name. */
export function namesFounder(quote: string, claimed: string): boolean {
  const text = normalizeForMatch(quote);
  const wanted = normalizeForMatch(claimed);
  if (THE_LEAGUE.test(wanted)) return THE_LEAGUE.test(text);
  const words = wanted.split(/\s+/).map((w) => w.replace(/^(?:ال|لل)/u, '')).filter((w) => w.length > 2 && !WORDS_OF_NO_NAME.has(w));
  return words.length > 0 && words.every((w) => text.includes(w));
}
