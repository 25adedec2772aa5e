/** Removes spaces before Arabic and Latin punctuation (، ؛ ؟ . , : ! ?) and collapses doubled spaces. */
export function fixPunctuationSpacing(text: string): string {
  return text.replace(/[ \u00A0\t]+([،؛؟.,:!?»)])/g, '$1').replace(/([«(])[ \u00A0\t]+/g, '$1').replace(/ {2,}/g, ' ');
}
