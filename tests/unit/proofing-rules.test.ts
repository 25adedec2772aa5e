import { describe, expect, it } from 'vitest';
import { acceptedWords } from '../../core/proofing/accepted-words';
import { proofText } from '../../core/proofing/proof-text';
import type { StyleFinding } from '../../core/proofing/proofing-finding';
import { doubledSpace } from '../../core/proofing/style-rules/doubled-space';
import { doubledWord } from '../../core/proofing/style-rules/doubled-word';
import { latinPunctuation } from '../../core/proofing/style-rules/latin-punctuation';
import { digitRunsOf, mixedDigits } from '../../core/proofing/style-rules/mixed-digits';
import { missingSpaceAfterPunctuation } from '../../core/proofing/style-rules/missing-space-after-punctuation';
import { spaceBeforePunctuation } from '../../core/proofing/style-rules/space-before-punctuation';
import { tatweel } from '../../core/proofing/style-rules/tatweel';
import { unbalancedMarks } from '../../core/proofing/style-rules/unbalanced-marks';
import { wordsOf } from '../../core/proofing/words-of';

/** The text with every finding's one-click fix applied, from the end so offsets stay true. */
function fixed(text: string, findings: readonly StyleFinding[]): string {
  return [...findings].sort((first, second) => second.from - first.from).reduce((result, finding) => result.slice(0, finding.from) + finding.replacement + result.slice(finding.to), text);
}

describe('latin-punctuation', () => {
  it.each([
    ['قال كيري, إن المحادثات مفيدة', 'قال كيري، إن المحادثات مفيدة'],
    ['هل ستأتي?', 'هل ستأتي؟'],
    ['أولا; ثانيا', 'أولا؛ ثانيا'],
    ['قال (كذا), ثم مضى', 'قال (كذا)، ثم مضى'],
    ['في عام 2016, قال', 'في عام 2016، قال'],
  ])('fixes %j', (text, expected) => {
    expect(fixed(text, latinPunctuation(text))).toBe(expected);
  });

  it.each([
    ['an English quotation inside Arabic', 'قال كيري: "Yes, we can, and we will?" ثم غادر'],
    ['a decimal in English text', 'The rate rose to 3,5 percent'],
    ['a number with a comma between digits in Arabic', 'بلغ العدد 3,5 مليون'],
    ['English prose', 'Hello, world; how are you?'],
  ])('does not fire on %s', (_case, text) => {
    expect(latinPunctuation(text)).toEqual([]);
  });
});

describe('space-before-punctuation', () => {
  it.each([
    ['قال كيري ، إن', 'قال كيري، إن'],
    ['انتهى الاجتماع .', 'انتهى الاجتماع.'],
    ['هل انتهى ؟', 'هل انتهى؟'],
    ['« المحادثات » مفيدة', '«المحادثات» مفيدة'],
    ['( كذا )', '(كذا)'],
  ])('fixes %j', (text, expected) => {
    expect(fixed(text, spaceBeforePunctuation(text))).toBe(expected);
  });

  it.each([
    ['an ellipsis', 'وقال ... إن المحادثات'],
    ['a decimal', 'بلغت النسبة .5 بالمئة'],
    ['English text', 'He said : yes ( maybe )'],
  ])('does not fire on %s', (_case, text) => {
    expect(spaceBeforePunctuation(text)).toEqual([]);
  });
});

describe('missing-space-after-punctuation', () => {
  it.each([
    ['قال،إن', 'قال، إن'],
    ['انتهى الاجتماع.وقال', 'انتهى الاجتماع. وقال'],
    ['هل انتهى؟نعم', 'هل انتهى؟ نعم'],
  ])('fixes %j', (text, expected) => {
    expect(fixed(text, missingSpaceAfterPunctuation(text))).toBe(expected);
  });

  it.each([
    ['an acronym', 'زار U.S. Navy الميناء'],
    ['a domain', 'على موقع example.com الإخباري'],
    ['a time', 'في الساعة 10:30 صباحا'],
    ['a decimal', 'بلغت 3.5 بالمئة'],
  ])('does not fire on %s', (_case, text) => {
    expect(missingSpaceAfterPunctuation(text)).toEqual([]);
  });
});

describe('doubled-word and doubled-space', () => {
  it('removes the second of two same words, in Arabic and English', () => {
    expect(fixed('اجتمع في في جنيف', doubledWord('اجتمع في في جنيف'))).toBe('اجتمع في جنيف');
    expect(fixed('the the talks', doubledWord('the the talks'))).toBe('the talks');
    expect(fixed('The the talks', doubledWord('The the talks'))).toBe('The talks');
  });

  it('does not join different words, numbers or words that merely start alike', () => {
    expect(doubledWord('في فيينا')).toEqual([]);
    expect(doubledWord('عام 2016 2016')).toEqual([]);
    expect(doubledWord('وقال قالت')).toEqual([]);
  });

  it('makes two spaces one, but leaves a paragraph’s edges alone', () => {
    expect(fixed('قال  كيري   إن', doubledSpace('قال  كيري   إن'))).toBe('قال كيري إن');
    expect(doubledSpace('  قال كيري ')).toEqual([]);
  });
});

describe('unbalanced-marks', () => {
  it('finds an unclosed guillemet, a stray bracket and an odd straight quote', () => {
    expect(unbalancedMarks('قال «إن المحادثات مفيدة').map((finding) => finding.text)).toEqual(['«']);
    expect(unbalancedMarks('قال إن المحادثات) مفيدة').map((finding) => finding.text)).toEqual([')']);
    expect(unbalancedMarks('قال "إن المحادثات مفيدة').map((finding) => finding.text)).toEqual(['"']);
  });

  it('does not fire on balanced marks, nested ones, or list enumerators', () => {
    expect(unbalancedMarks('قال «إن (المحادثات) مفيدة» و"كذا"')).toEqual([]);
    expect(unbalancedMarks('1) أولا 2) ثانيا أ) كذا')).toEqual([]);
    expect(unbalancedMarks('He said “yes” (twice) :)')).toEqual([]);
  });
});

describe('mixed-digits', () => {
  it('rewrites the runs of the less used system in the other one, across blocks', () => {
    const texts = ['في عام ٢٠١٦ قتل ٥٠٠ شخص', 'وفي 2017 قتل ٣٠٠'];
    const runs = texts.map(digitRunsOf);
    const findings = mixedDigits(texts, runs, 'western');
    expect(findings[0]).toEqual([]);
    expect(findings[1]!.map((finding) => [finding.text, finding.replacement])).toEqual([['2017', '٢٠١٧']]);
  });

  it('leaves one system alone, and digits inside Latin names (COVID-19, G20) out of the count', () => {
    const texts = ['قتل ٥٠٠ شخص بسبب COVID-19 في قمة G20'];
    expect(mixedDigits(texts, texts.map(digitRunsOf), 'western')).toEqual([[]]);
  });

  it('breaks a tie with the desk’s digit style', () => {
    const texts = ['عام 2016 وعام ٢٠١٧'];
    const findings = mixedDigits(texts, texts.map(digitRunsOf), 'arabic-indic');
    expect(findings[0]!.map((finding) => finding.text)).toEqual(['2016']);
  });
});

describe('tatweel', () => {
  it('removes tatweel stretching a word', () => {
    expect(fixed('العـــربيـة', tatweel('العـــربيـة'))).toBe('العربية');
  });

  it('keeps a tatweel that carries a Qur’anic mark, and one standing alone as a dash', () => {
    expect(tatweel('بِسْمِ ٱللَّهِ ٱلرَّحْمَـٰنِ ٱلرَّحِيمِ ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَـٰلَمِينَ')).toEqual([]);
    expect(tatweel('سوتشي ـ قال كيري')).toEqual([]);
  });
});

describe('proofText', () => {
  const options = { spelling: { ar: true, en: true }, accepted: acceptedWords([]), disabledRules: new Set<never>(), articleLanguage: 'ar' } as const;

  it('checks tatweel only in body text, and nothing inside an address', () => {
    expect(proofText('العـــربية', options, { body: false }).findings).toEqual([]);
    expect(proofText('العـــربية', options, { body: true }).findings.map((finding) => finding.rule)).toEqual(['tatweel']);
    expect(proofText('راجع https://example.com/a,b?x=1  للمزيد', options, { body: true }).findings.map((finding) => finding.rule)).toEqual(['doubled-space']);
  });

  it('leaves Qur’anic text with its diacritics alone', () => {
    expect(proofText('قال تعالى: ﴿بِسْمِ ٱللَّهِ ٱلرَّحْمَـٰنِ ٱلرَّحِيمِ﴾', options, { body: true }).findings).toEqual([]);
  });

  it('lets a desk switch a rule off', () => {
    expect(proofText('قال, إن', { ...options, disabledRules: new Set(['latin-punctuation'] as const) }, { body: true }).findings).toEqual([]);
  });
});

describe('wordsOf', () => {
  it('splits Arabic and Latin words by script, keeps marks and apostrophes in the word, and skips acronyms and digits', () => {
    const words = wordsOf('قال كيري إن ٱلرَّحْمَـٰنِ مع Lavrov وNATO don’t 5G ـ');
    expect(words.map((word) => `${word.word}/${word.language}`)).toEqual(['قال/ar', 'كيري/ar', 'إن/ar', 'ٱلرَّحْمَـٰنِ/ar', 'مع/ar', 'Lavrov/en', 'don’t/en']);
  });
});
