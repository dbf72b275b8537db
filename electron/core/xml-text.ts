import type { Refuse } from './zip';

/**
 * The text of an XML part of an Office file, refused when it declares a DOCTYPE or
 * entities: Word never writes them, and entity expansion ("billion laughs") turns a few
 * bytes into gigabytes in whichever XML parser meets them.
 */
export function xmlText(bytes: Buffer, part: string, refuse: Refuse): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  const text = new TextDecoder(encoding).decode(bytes);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw refuse(`its ${part} declares a DOCTYPE or entities, which Word files never do`);
  return text;
}
