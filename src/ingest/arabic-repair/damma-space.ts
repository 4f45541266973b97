import { AR_LETTER, DAMMA } from './chars.js';

const BETWEEN_LETTERS = new RegExp(`(?<=[${AR_LETTER}])${DAMMA}(?=\\s?[${AR_LETTER}0-9])`, 'gu');
const OTHER_HARAKAT = /[\u064B-\u064E\u0650-\u0652]/gu;
const ALL_DAMMA = new RegExp(DAMMA, 'gu');

export interface DammaStats {
  dammas: number;
  betweenLetters: number;
  otherHarakat: number;
}

export function dammaStats(text: string): DammaStats {
  return {
    dammas: text.match(ALL_DAMMA)?.length ?? 0,
    betweenLetters: text.match(BETWEEN_LETTERS)?.length ?? 0,
    otherHarakat: text.match(OTHER_HARAKAT)?.length ?? 0,
  };
}

/**
 * Some PDF producers write a damma where a space belongs (`الحوارُوالتعاون`). Decided once per document:
 * many dammas, most of them between two letters, and hardly any other harakat, which a vocalised text
 * would have in numbers.
 */
export function usesDammaAsSpace(stats: DammaStats): boolean {
  return stats.dammas >= 5 && stats.betweenLetters >= 0.6 * stats.dammas && stats.otherHarakat <= 0.2 * stats.dammas;
}

export function dammaToSpace(line: string): { line: string; replaced: number } {
  const replaced = line.match(ALL_DAMMA)?.length ?? 0;
  return { line: line.replace(ALL_DAMMA, ' ').replace(/ {2,}/g, ' '), replaced };
}
