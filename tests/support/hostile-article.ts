import type { Article } from '../../core/article/article-schema';
import { seedArticle } from './seed-article';

/** An article file as an attacker would write it by hand: every field and node carries a payload. */
export function hostileArticle(): Article {
  return seedArticle({
    headline: '<script>window.pwned=1</script>عنوان "مقتبس"',
    standfirst: '<img src=x onerror=alert(1)>',
    byline: '</p><iframe src="https://evil.example"></iframe>',
    section: '"><svg onload=alert(1)>',
    slug: '../../etc/passwd',
    summary: '</script><script>alert(1)</script>',
    tags: ['<b onmouseover=alert(1)>وسم</b>', 'سوريا'],
    dateline: { place: '<script>alert(2)</script>', date: '' },
    editorialNote: 'SECRET-NOTE',
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { dir: 'rtl" onclick="alert(1)', style: 'color:red' }, content: [{ type: 'text', text: '<script>alert(3)</script>نص' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'رابط', marks: [{ type: 'link', attrs: { href: 'javascript:alert(4)' } }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'بيانات', marks: [{ type: 'link', attrs: { href: 'data:text/html,<script>alert(5)</script>' } }, { type: 'script' }] }] },
        { type: 'script', attrs: { src: 'https://evil.example/x.js' }, content: [{ type: 'text', text: 'alert(6)' }] },
        { type: 'iframe', attrs: { src: 'https://evil.example/' } },
        { type: 'figureImage', attrs: { src: 'https://evil.example/pixel.gif', alt: 'x" onerror="alert(7)' } },
        { type: 'figureImage', attrs: { src: 'javascript:alert(8)' } },
        { type: 'embedCard', attrs: { url: 'javascript:alert(9)', title: 'x' } },
        { type: 'heading', attrs: { level: 1, onclick: 'alert(10)' }, content: [{ type: 'text', text: 'عنوان' }] },
      ],
    },
  });
}
