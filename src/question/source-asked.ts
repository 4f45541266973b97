/**
 * "From which ARCP document does this wording come?", «في أي بيان وردت هذه العبارة؟»: the document is the answer, so the
 * lead is shown under its title and year (a quote alone, cited [1], named neither).
 */
const SOURCE_ASKED = [
  /\b(?:which|what)\s+(?:arcp\s+|las\s+|league\s+)?(?:document|statement|text|record|paper|declaration|report)\b[^?]{0,40}\b(?:comes?|came|from|appears?|appeared)\b|\bwhere\s+(?:does|did)\s+(?:this|the|that)\s+(?:wording|phrase|quote|expression|language)\s+come\s+from\b|\bsource\s+of\s+(?:this|that|the)\s+(?:wording|phrase|quote|expression)\b/i,
  /(?:في|من)\s+(?:أي|اي|أية|اية)\s+(?:بيان|وثيق[ةه]|نص|تقرير|ورق[ةه])\s+(?:وردت|ورد|جاءت|جاء|ترد|يرد)|مصدر\s+(?:هذه\s+)?(?:العبار[ةه]|الاقتباس)|(?:العبار[ةه]|الاقتباس)\s+(?:جاي[ةه]|ماخوذ[ةه]|مأخوذ[ةه])\s+من\s+(?:وين|أين|اين|أي|اي)/u,
];
/**
 * "In which statement did LAS call the GCM…?", "on what occasion?", «بأي مناسبة…؟», «في أي بيان وصفت الجامعة…؟»: the
 * record that said it is asked, which its title names (the quote alone, cited [1], did not say it was the statement on
 * International Migrants Day).
 */
const RECORD_ASKED = [
  /\b(?:in|on|at|through)\s+(?:which|what)\s+(?:\S+\s+){0,2}?(?:statement|document|text|declaration|report|speech|address|message|occasion)\b|\bwhat\s+(?:was\s+)?the\s+occasion\b/i,
  /(?:^|\s)(?:في|ب)\s*(?:أي|اي|أية|اية)\s+(?:مناسب[ةه]|بيان|كلم[ةه]|خطاب|وثيق[ةه])(?![\u0621-\u064A])|(?:^|\s)(?:ما|ماهي|ما\s+هي|شو|وش|ايش)\s+(?:ال)?مناسب[ةه](?![\u0621-\u064A])|بمناسب[ةه]\s+(?:ماذا|ايش|إيش|شو|وش)(?![\u0621-\u064A])/u,
];
export const asksTheSource = (question: string): boolean => [...SOURCE_ASKED, ...RECORD_ASKED].some((re) => re.test(question));
/** …a statement or the occasion it was made on: what a reference document retells is not it. */
export const asksTheStatement = (question: string): boolean => RECORD_ASKED.some((re) => re.test(question));
