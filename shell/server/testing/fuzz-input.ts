import fc from 'fast-check';

/**
 * Input that breaks naive code, for the edge's fuzz test: any Unicode, lone surrogates (JSON can
 * carry them, PostgreSQL cannot store them), control characters and NUL, long runs, and what a path
 * or a query can smuggle.
 */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));
const control = fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f })).map((code) => String.fromCharCode(code));
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: control },
  { weight: 1, arbitrary: fc.constantFrom('%', "'", '"', '\\', '/', '?', '#', '&', '=', '+', ' ') },
);

export const nastyText = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '\u001b[31m', '%00', '../../etc/passwd', ' ', '') },
  { weight: 1, arbitrary: fc.string({ unit, minLength: 300, maxLength: 3000 }) },
);

/** Ordinary text with one thing PostgreSQL cannot store put in it somewhere: the case that used to reach the database. */
export const brokenText = (ordinary: fc.Arbitrary<string>) =>
  fc
    .tuple(ordinary, fc.oneof(loneSurrogate, fc.constant('\u0000')), fc.nat())
    .map(([text, breaking, at]) => `${text.slice(0, at % (text.length + 1))}${breaking}${text.slice(at % (text.length + 1))}`);

/**
 * Percent-encodes any JavaScript string, lone surrogates included: each UTF-16 unit that is not half
 * of a pair is written as the three bytes it would take in UTF-8 (WTF-8), which encodeURIComponent
 * refuses to do. So the query and path carry exactly the broken text a client can send.
 */
export function percentEncode(text: string): string {
  let encoded = '';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const next = text.charCodeAt(index + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      encoded += encodeURIComponent(text.slice(index, index + 2));
      index += 1;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      encoded += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
    } else {
      encoded += encodeURIComponent(text[index]!);
    }
  }
  return encoded;
}

/** Printable ASCII only: fetch itself refuses other header bytes before anything is sent. */
export const headerValue = fc.oneof(
  fc.uuid(),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 60 }),
);
