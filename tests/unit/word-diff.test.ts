import { describe, expect, it } from 'vitest';
import { changedFields } from '../../core/article/changed-fields';
import { wordDiff } from '../../core/text/word-diff';
import { seedArticle } from '../support/seed-article';

const marked = (before: string, after: string) =>
  wordDiff(before, after)
    .map((part) => (part.kind === 'added' ? `[+${part.text}]` : part.kind === 'removed' ? `[-${part.text}]` : part.text))
    .join('');

describe('the word diff History shows', () => {
  it.each([
    ['a changed Arabic word', 'قال الوزير إن الاتفاق نهائي', 'قال الوزير إن الاتفاق مبدئي', 'قال الوزير إن الاتفاق [-نهائي][+مبدئي]'],
    ['an inserted word keeps its neighbours whole', 'وصل الرئيس إلى دمشق', 'وصل الرئيس السوري إلى دمشق', 'وصل الرئيس [+السوري] إلى دمشق'],
    ['diacritics added to a word change that word only', 'كتب الصحفي الخبر', 'كَتَبَ الصحفي الخبر', '[-كتب][+كَتَبَ] الصحفي الخبر'],
    ['English inside Arabic', 'قالت WHO إن الوضع خطير', 'قالت UNICEF إن الوضع خطير', 'قالت [-WHO][+UNICEF] إن الوضع خطير'],
    ['attached prefixes are part of the word', 'سافر إلى بيروت', 'سافر وبيروت', 'سافر [-إلى بيروت][+وبيروت]'],
    ['Arabic-Indic digits are words', 'قُتل ٣ أشخاص', 'قُتل ٥ أشخاص', 'قُتل [-٣][+٥] أشخاص'],
    ['a replaced phrase reads as one change', 'كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا', 'كيري ولافروف يختلفان حول سوريا', 'كيري ولافروف [-يتفقان على مواصلة العمل المشترك بشأن][+يختلفان حول] سوريا'],
    ['nothing changed', 'نص ثابت', 'نص ثابت', 'نص ثابت'],
  ])('%s', (_name, before, after, expected) => {
    expect(marked(before, after)).toBe(expected);
  });

  it('lists the newsroom details that changed between versions', () => {
    const before = seedArticle();
    const after = { ...before, headline: 'عنوان آخر', tags: [...before.tags, 'جديد'], status: 'in-review' as const };
    expect(changedFields(before, after)).toEqual(['headline', 'tags', 'status']);
  });
});
