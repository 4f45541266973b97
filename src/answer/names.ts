import { CITIES_EN } from '../question/place-names.js';
import { countriesNamed } from './countries.js';
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
  // A person's or a place's name is written in many ways ("Aboul Gheit", "Abou El-Gheit"), and one the
  // collection writes otherwise is no name it lacks: a capitalised word counts only alone, inside the
  // sentence ("does the ARCP cooperate with Frontex on border management?": Frontex, Europol, Caritas were
  // answered with sentences on "migration management"), not beside another ("Enas Al-Farjani").
  const capitalised = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
  // A city or a state is a place put to be checked, not a body's name ("…the 11th meeting in Doha?").
  const place = (w: string) => CITIES_EN.includes(w.toLowerCase()) || countriesNamed(w).size > 0;
  const single = words.filter((w, i) => i > 0 && /^\p{Lu}\p{Ll}{3,}$/u.test(w) && !capitalised(words[i - 1]) && !capitalised(words[i + 1]) && !place(w));
  const names = [...words.filter((w) => /^\p{Lu}{4,}$/u.test(w)), ...single];
  return new Set(names.map((w) => w.toLowerCase()));
}
