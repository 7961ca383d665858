/** One name in the forms a part needs: its folder and topology key, its types, its tables and its prose. */
export interface Names {
  /** "gift-cards": folder, package, topology key, queue prefix. */
  kebab: string;
  /** "GiftCards": types and message types. */
  pascal: string;
  /** "giftCards": values. */
  camel: string;
  /** "gift cards": what people read. */
  words: string;
}

/** A part's name: lower-case words joined by hyphens, starting with a letter, as every Tiffin part's is. */
const partName = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function namesOf(name: string): Names {
  if (!partName.test(name)) {
    throw new Error(`"${name}" is not a part name: lower-case letters and digits, words joined by "-", starting with a letter (e.g. "gift-cards")`);
  }
  const words = name.split('-');
  const pascal = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
  return { kebab: name, pascal, camel: pascal[0]!.toLowerCase() + pascal.slice(1), words: words.join(' ') };
}
