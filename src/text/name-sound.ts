/**
 * The consonants of a name written in Latin letters, as transliterations of one Arabic name share them: El-Fergany,
 * Elfergani and Farghani are «الفرجاني»; Abu Ghazaleh and Abou Ghazzala «أبو غزالة»; Achcar and Ashkar «أشكار»
 * (the French "ch" of «ش»; not before "r", as in "Christ"). The article («al», «el») written on the name, vowels, a
 * final h and doubled letters are dropped; digraphs read as the one sound they write. Undefined under three
 * consonants, which too many names share (or under `least`, for a caller that tells such names apart by their
 * spelling too).
 */
export function nameSound(word: string, least = MIN_CONSONANTS): string | undefined {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length >= 7 && /^(?:al|el)[^aeiou]/.test(w)) w = w.slice(2);
  const sound = w
    .replace(/sh|ch(?!r)/g, 'S')
    .replace(/kh|ck|q|c(?![eiy])/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/th|dh/g, 't')
    .replace(/h$/, '')
    .replace(/[aeiouyw]/g, '')
    .replace(/(.)\1+/g, '$1');
  return sound.length >= least ? sound : undefined;
}
const MIN_CONSONANTS = 3;
