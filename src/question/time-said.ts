/**
 * "For 2021, could you tell us at which meeting the statement was agreed…": a clause before the courtesy that says
 * which year or meeting is asked of stays with what is asked, after it (cut with the courtesy, the 2017 statement's
 * note answered).
 */
const TIME_SAID = /\b(?:19|20)\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b/i;
/**
 * "For the most recent Situation Report on International Migration in the Arab Region, we would appreciate its title and
 * the date of its launch": a clause naming the thing that the ask then calls "it" stays too.
 */
const THING_SAID = /^(?:for|on|regarding|concerning|about|as\s+for|as\s+regards|with\s+regard\s+to)\s+the\s+\S/i;
const POINTS_BACK = /\b(?:it|its|they|their|them)\b/i;

export function withTimeSaid(cutOff: string, asked: string): string {
  const clause = /^([^.?,،]{1,80})[,،]/u.exec(cutOff)?.[1]?.trim();
  return clause && TIME_SAID.test(clause) ? `${asked} (${clause})` : withThingSaid(cutOff, asked);
}

export function withThingSaid(cutOff: string, asked: string): string {
  const clause = /^([^.?,،]{1,120})[,،]/u.exec(cutOff)?.[1]?.trim();
  return clause && THING_SAID.test(clause) && POINTS_BACK.test(asked) ? `${asked} (${clause})` : asked;
}
