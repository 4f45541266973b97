/**
 * How an event held online is said, in one place for every reader of it: by a question that asks or checks it («كان
 * اونلاين؟», «انعقد عبر زوم», "held by videoconference") and by a record that states it («عبر تقنية الاتصال المرئي»,
 * "by videoconference"). Normalised text (no hamza, «ه» for «ة»). Four readers had a list each, and each lacked words
 * another had: «أونلاين» was a way of holding to the question's type, and no claim to check.
 */

/** The online words a question uses, after a verb of holding or alone («اونلاين», «فيديو كونفرانس»). */
export const ONLINE_WORDS_AR = '(?:اونلاين|اون لاين|عن بعد|افتراضي|افتراضيا|عبر (?:تقنيه )?(?:الفيديو|الاتصال المرئي|زوم|الانترنت)|فيديو كونفرانس)';

/** A meeting held online, as chat asks it: «كان عبر الفيديو», «انعقد عبر زوم», «اتعقد اونلاين». */
export const HELD_ONLINE_AR = `(?:كان|كانت|انعقد|انعقدت|عقد|عقدت|تعقد|اتعقد|اتعقدت)\\s+(?:[\\u0621-\\u064A]+\\s+){0,4}?${ONLINE_WORDS_AR}(?![\\u0621-\\u064A])`;

/** A record that says an event was held online: "by videoconference", «عبر تقنية الاتصال المرئي», «عن بعد». */
export const SAYS_ONLINE = /\b(?:online|virtual|virtually|video ?conference)\b|عن\s+بعد|افتراضي|اونلاين|الاتصال\s+المرئي|عبر\s+(?:تقنيه\s+)?(?:الاتصال|الانترنت)/u;
