/**
 * "From which ARCP document does this wording come?", «في أي بيان وردت هذه العبارة؟»: the document is the answer, so the
 * lead is shown under its title and year (a quote alone, cited [1], named neither).
 */
const SOURCE_ASKED = [
  /\b(?:which|what)\s+(?:arcp\s+|las\s+|league\s+)?(?:document|statement|text|record|paper|declaration|report)\b[^?]{0,40}\b(?:comes?|came|from|appears?|appeared)\b|\bwhere\s+(?:does|did)\s+(?:this|the|that)\s+(?:wording|phrase|quote|expression|language)\s+come\s+from\b|\bsource\s+of\s+(?:this|that|the)\s+(?:wording|phrase|quote|expression)\b/i,
  /(?:في|من)\s+(?:أي|اي|أية|اية)\s+(?:بيان|وثيق[ةه]|نص|تقرير|ورق[ةه])\s+(?:وردت|ورد|جاءت|جاء|ترد|يرد)|مصدر\s+(?:هذه\s+)?(?:العبار[ةه]|الاقتباس)|(?:العبار[ةه]|الاقتباس)\s+(?:جاي[ةه]|ماخوذ[ةه]|مأخوذ[ةه])\s+من\s+(?:وين|أين|اين|أي|اي)/u,
];
export const asksTheSource = (question: string): boolean => SOURCE_ASKED.some((re) => re.test(question));
