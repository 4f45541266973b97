/**
 * «ماهو القرار 7833», «وماهي اهدافه», «منهو مدير الإدارة»: a question word and its pronoun typed as one word,
 * as phones write them. Read apart («ما هو», «وما هي», «من هو»), the question word is seen: «ماهو القرار 7833»
 * was thanked as feedback, and «اين عقد الاجتماع الاستثنائي الثاني وماهي اهدافه» was not asked as two questions.
 */
const RUN_TOGETHER = /(?<![\u0621-\u064A])([وف]?)(ما|من)(هو|هي|هى|هم)(?![\u0621-\u064A])/gu;

export function withQuestionWordsApart(text: string): string {
  return text.replace(RUN_TOGETHER, '$1$2 $3');
}
