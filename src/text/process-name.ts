/**
 * The process's own name, in the forms questions give it, spelled once for every reader of a question. Its name is
 * what the question is about, never a subject asked («حول الهجرة واللجوء») nor a thing asked of it.
 */

/** The full name, normalised (`normalizeForMatch`), in either language: "What is the Arab Regional Consultative Process on Migration and Asylum?" asks what it is, as "What is the ARCP?" does. */
export const PROCESS_FULL_NAME =
  /\barab regional consultat\w+ process(?: (?:on|for) migration(?: and (?:asylum|refugee affairs))?)?|عمليه التشاور العربيه الاقليميه(?: (?:حول|بشان|للهجره) ?(?:الهجره)?(?: واللجوء)?)?/gu;

/** «…الإقليمية حول الهجرة», normalised: the «حول» of the name, which announces no subject (`$1` keeps the word before it). */
export const ABOUT_IN_THE_NAME = /(الاقليمي[هة]?)\s+حول\s+الهجر[هة]/gu;

/** The words of the name and its acronym, which a question about one of its bodies need not say ("the technical secretariat"). */
export const PROCESS_NAME_WORDS: readonly string[] = ['arcp', 'عملية', 'التشاور', 'العربية', 'الإقليمية'];
