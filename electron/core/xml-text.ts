import type { Refuse } from './zip';

/**
 * The text of an XML part of an Office file, refused when it declares a DOCTYPE or
 * entities: Word never writes them, and entity expansion ("billion laughs") turns a few
 * bytes into gigabytes in whichever XML parser meets them.
 */
export function xmlText(bytes: Buffer, part: string, refuse: Refuse): string {
  // The decoder drops the byte-order mark of its own encoding.
  const text = new TextDecoder(encodingOf(bytes)).decode(bytes);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw refuse(`its ${part} declares a DOCTYPE or entities, which Word files never do`);
  return text;
}

/**
 * UTF-16 when the part starts with its byte-order mark, or with "<" in UTF-16 (a declaration
 * of encoding="UTF-16" without the mark, as XML's rules allow); otherwise UTF-8, which
 * is all Word writes.
 */
function encodingOf(bytes: Buffer): 'utf-16le' | 'utf-16be' | 'utf-8' {
  const [first, second] = bytes;
  if ((first === 0xff && second === 0xfe) || (first === 0x3c && second === 0x00)) return 'utf-16le';
  if ((first === 0xfe && second === 0xff) || (first === 0x00 && second === 0x3c)) return 'utf-16be';
  return 'utf-8';
}
