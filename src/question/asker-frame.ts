/**
 * Who asks, said around the question: a question passed on from someone else, or a sentence saying who writes. Neither
 * is asked: courtesy.ts cuts them, and a sentence of them is no context of the question after it (letter.ts).
 */
/**
 * "My colleague asked: \"Where was the 10th meeting held?\"", «زميلي يسأل: «وين انعقد…»»: a question passed on from
 * someone else asks what it quotes. "Colleague" and «زميلي» are in no record, and the quoted question was refused.
 */
const ASKER_EN = String.raw`(?:my|our|the|a)\s+(?:colleague|boss|ambassador|minister|director|head\s+of\s+mission|counsellor|counselor|supervisor|manager|chief|delegation|capital|team|deputy)`;
const ASKER_AR = String.raw`(?:زميل(?:ي|تي|نا)|زميلتي|(?:سعاد[ةه]\s+)?السفير(?:[ةه])?|(?:معالي\s+)?الوزير|المدير|مدير(?:ي|نا|تي)|رئيس(?:ي|نا)|الوفد|العاصم[ةه]|المستشار)`;
const ASKS_AR = String.raw`(?:يس[أا]ل(?:ني|نا)?|بيس[أا]ل|تس[أا]ل|بتس[أا]ل|س[أا]ل(?:ني|نا)?|س[أا]لت(?:ني|نا)?|يستفسر|بده\s+يعرف|يريد\s+[أا]ن\s+يعرف)`;
export const PASSED_ON = [
  new RegExp(String.raw`^${ASKER_EN}\s+(?:asked|asks|is\s+asking|wants\s+to\s+know|would\s+like\s+to\s+know|wonders|was\s+wondering)(?:\s+(?:me|us))?\s*[:,–—-]\s*`, 'i'),
  new RegExp(String.raw`^(?:${ASKER_AR}\s+${ASKS_AR}|${ASKS_AR}\s+${ASKER_AR}|سؤال\s+من\s+${ASKER_AR})\s*[:،,–—-]\s*`, 'u'),
];
/** A question wholly in quotation marks, once what passed it on is cut. */
export const QUOTED = /^["“«'‘]\s*([^"“”«»]+?)\s*["”»'’]$/u;
/**
 * «صباح الخير. أنا نقطة الاتصال من الأردن. متى…», "I'm the focal point of Jordan. When…": who writes, in a sentence of its
 * own before the question. Read with it, the focal point named was a wish to reach one, and the question a ticket.
 */
export const SELF_INTRODUCTION =
  /(?:^|(?<=^[^.؟?!\n]{1,30}[.!]\s+))(?:(?:i\s+am|i'm|this\s+is|my\s+name\s+is)\s+[^.?!\n]{0,80}?\b(?:focal\s+point|mission|delegation|embassy|ministry|delegate|representative|desk|office)\b[^.?!\n]{0,40}[.!]\s+|(?:[أا]نا|معك(?:م)?|معاك(?:م)?)\s+[^.؟?!\n]{0,80}?(?:نقط[ةه]\s+الاتصال|مندوب|ممثل|بعث[ةه]|وزار[ةه]|سفار[ةه]|وفد|مكتب)[^.؟?!\n]{0,40}[.!]\s+)/iu;
