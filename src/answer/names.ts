import type { QuestionConcept } from './question-terms.js';

/**
 * "What did UNICEF contribute to the 9th ARCP meeting?", «ماذا قدّمت UNICEF في الاجتماع التاسع؟»: a name the
 * question asks about that no passage of the collection holds, in any form. Nothing on record can speak of
 * it, and the quotes that hold the question's other words ("the 9th meeting followed up the GCR") answered
 * another question. Such a name is an acronym of four letters or more, in either language: shorter ones are
 * as often abbreviations the collection spells out ("KSA", "HQ", "MFA": a held-out answer was lost to one).
 * A word only unknown, a typo or a dialect word, is no name: the retriever's corrections and the other
 * words' weight decide those.
 */
export function askedNameUnseen(concepts: readonly QuestionConcept[], question: string): boolean {
  const written = namesWritten(question);
  return concepts.some((c) => c.unseen && !c.kind && c.source.split(/\s+/).some((w) => written.has(w.toLowerCase())));
}

/** The words of a question written as names, lower-cased. */
function namesWritten(question: string): Set<string> {
  const words = question.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  // Not a capitalised word: a person's or a place's name is written in many ways ("Aboul Gheit", "Abou
  // El-Gheit"), and one the collection writes otherwise is no name it lacks.
  const names = words.filter((w) => /^\p{Lu}{4,}$/u.test(w));
  return new Set(names.map((w) => w.toLowerCase()));
}
