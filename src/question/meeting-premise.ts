import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { ordinalMentions } from './understand.js';

/**
 * "A colleague says the 2017 WRD statement came out of the 4th ARCP meeting. Correct?", «صحيح إن بيان 2017 صدر عن
 * الاجتماع الرابع؟»: a record put to a meeting by its number, which the record may give to another. Checked as
 * "Which ARCP meeting agreed the 2017 WRD statement?" would be (asked as written, the 4th meeting's date led).
 */
export interface MeetingPremise {
  /** The question that checks it, in the asker's language. */
  asked: string;
  /** The meeting's number, as claimed. */
  claimed: number;
}

// Read on the claim as reported-claim.ts puts it ("Is it true that…"), or typed so (not "what came out of the 3rd mtg?").
const CLAIM_EN =
  /^(?:is\s+it\s+(?:true|correct|right)\s+that\s+|was\s+|did\s+)?(?:the\s+)?(?!(?:what|which|who|how|anything|nothing|something)\b)(.+?)\s+(?:came|come|comes)\s+out\s+of\s+(?:the\s+)?(\S+)\s+(?:arcp\s+)?(?:regular\s+)?(?:meeting|mtg)\b/i;
const CLAIM_AR =
  /^(?:هل\s+)?(?:(?:من\s+ال)?صحيح|صح)\s+(?:ان|انه)\s+(.+?)\s+(?:صدر|خرج|طلع|اعتمد|اقر|اتفق\s+عليه)\s+(?:عن|من|في|ب)\s*الاجتماع\s+(\S+)/u;

export function meetingPremise(question: string): MeetingPremise | undefined {
  const arabic = /[\u0600-\u06FF]/.test(question);
  const text = arabic ? normalizeForMatch(question) : question.trim();
  const m = (arabic ? CLAIM_AR : CLAIM_EN).exec(text);
  const thing = m?.[1]?.trim();
  const claimed = m ? ordinalMentions(tokenize(normalizeForMatch(`${m[2]} ${arabic ? 'الاجتماع' : 'meeting'}`)))[0] : undefined;
  if (!thing || !claimed) return undefined;
  return { asked: arabic ? `أي اجتماع لعملية التشاور اتفق على ${thing}؟` : `Which ARCP meeting agreed the ${thing.replace(/^the\s+/i, '')}?`, claimed: claimed.n };
}
