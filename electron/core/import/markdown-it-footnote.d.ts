// markdown-it-footnote ships no types; its DefinitelyTyped ones are written against
// markdown-it's CommonJS typings, which do not match the ES module ones this code uses.
declare module 'markdown-it-footnote' {
  import type { PluginSimple } from 'markdown-it';
  const footnotes: PluginSimple;
  export default footnotes;
}
