/** Types for `snowball-stemmers` 0.6 (the package ships none): Snowball stemmers ported to JavaScript. */
declare module 'snowball-stemmers' {
  /** A stemmer for one language; `stem` expects a lower-case word. */
  export interface Stemmer {
    stem(word: string): string;
  }
  /** The names `newStemmer` accepts ('dutch', 'french', 'english', …). */
  export function algorithms(): string[];
  /** A stemmer for `algorithm` (throws for an unknown name). */
  export function newStemmer(algorithm: string): Stemmer;
  const snowball: { algorithms: typeof algorithms; newStemmer: typeof newStemmer };
  export default snowball;
}
