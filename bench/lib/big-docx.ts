/**
 * A big .docx for the Word-import bench and tests: `paragraphs` paragraphs
 * of varied Vietnamese text (so it compresses like a real report, about 4:1),
 * with `comments` comments anchored in the first paragraphs.
 */
import { strToU8, zipSync } from 'fflate';
import { generateParagraph, seededRandom } from './vietnamese-text';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The .docx bytes and the texts of the commented passages (present in the draft built from `firstParagraphs`). */
export function bigDocx(paragraphs: number, comments: number): { bytes: Uint8Array; firstParagraphs: string[] } {
  const rnd = seededRandom(7);
  const parts: string[] = [];
  const firstParagraphs: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const { text } = generateParagraph(rnd);
    if (i < comments) {
      firstParagraphs.push(text);
      parts.push(`<w:p><w:commentRangeStart w:id="${i}"/><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r><w:commentRangeEnd w:id="${i}"/><w:r><w:commentReference w:id="${i}"/></w:r></w:p>`);
    } else {
      parts.push(`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`);
    }
  }
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${parts.join('')}</w:body></w:document>`;
  const commentXml = Array.from(
    { length: comments },
    (_, i) => `<w:comment w:id="${i}" w:author="Người góp ý ${i % 7}" w:initials="NG" w:date="2026-11-20T08:00:00Z"><w:p><w:r><w:t>Góp ý số ${i}: làm rõ.</w:t></w:r></w:p></w:comment>`,
  ).join('');
  const bytes = zipSync(
    {
      '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'word/document.xml': strToU8(document),
      'word/comments.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}">${commentXml}</w:comments>`),
    },
    { level: 6 },
  );
  return { bytes, firstParagraphs };
}
