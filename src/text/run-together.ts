/**
 * «ماهو القرار 7833», «وماهي اهدافه», «منهو مدير الإدارة»: a question word and its pronoun typed as one word,
 * as phones write them. Read apart («ما هو», «وما هي», «من هو»), the question word is seen: «ماهو القرار 7833»
 * was thanked as feedback, and «اين عقد الاجتماع الاستثنائي الثاني وماهي اهدافه» was not asked as two questions.
 */
const RUN_TOGETHER = /(?<![\u0621-\u064A])([وف]?)(ما|من)(هو|هي|هى|هم)(?![\u0621-\u064A])/gu;
/** …and the noun after it too, when it has its article: «ماهوالقرار», «ماهيالعملية». */
const RUN_ON_NOUN = /(?<![\u0621-\u064A])([وف]?)(ما|من)(هو|هي|هى)(?=ال[\u0621-\u064A]{2})/gu;
/** A number typed onto its noun: «القرار7833». Not after the tatweel of «الـ14», nor after a bare article. */
const NUMBER_ON_WORD = /([\u0621-\u063A\u0641-\u064A]{3})(?=\d)/gu;

export function withQuestionWordsApart(text: string): string {
  return text.replace(RUN_TOGETHER, '$1$2 $3').replace(RUN_ON_NOUN, '$1$2 $3 ').replace(NUMBER_ON_WORD, '$1 ');
}
