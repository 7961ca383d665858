/**
 * Folding for search, the same in JavaScript (the customer's words) and in SQL (the catalog's
 * names): accents dropped and letters lowered, so "tiramisu" finds "Tiramisù" and "CREME" finds
 * "Crème". Done with translate(), which PostgreSQL and PGlite both have, instead of the unaccent
 * extension, which neither may have installed.
 */

/** Letters that are not decompositions but read as a plain one, and typographic quotes. */
const extraFolds: Record<string, string> = { ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ı: 'i', '’': "'", '‘': "'" };

function buildFolds(): Map<string, string> {
  const folds = new Map(Object.entries(extraFolds));
  // Latin-1, Latin Extended-A and -B, and Latin Extended Additional (Vietnamese among others).
  const ranges: [number, number][] = [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code += 1) {
      const letter = String.fromCodePoint(code);
      const base = letter.normalize('NFD').replace(/\p{M}/gu, '');
      if (base !== letter && /^[A-Za-z]$/.test(base)) folds.set(letter, base.toLowerCase());
    }
  }
  return folds;
}

const folds = buildFolds();

/** translate()'s two arguments: each character of `from` becomes the one at its place in `to`. */
export const sqlFolding = { from: [...folds.keys()].join(''), to: [...folds.values()].join('') };

/** The customer's words folded as sqlFolding folds the catalog's, then lowered like PostgreSQL's lower(). */
export function foldForSearch(text: string): string {
  const composed = text.normalize('NFC');
  return [...composed]
    .map((char) => folds.get(char) ?? char)
    .join('')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}
