/**
 * A seeded generator of realistic Vietnamese official-document text, for
 * benchmarks: words drawn from the vocabulary of Party and state reports,
 * sentences of 12–28 words, paragraphs of 3–6 sentences, and documents of
 * the DuThao schema with a heading every ~10 paragraphs.
 */
import type { DocJSON, NodeJSON } from '../../common/document/types';

/** Frequent words and compounds of official reports, weighted by repetition. */
const VOCABULARY: readonly string[] = (
  'công tác|lãnh đạo|chỉ đạo|thực hiện|nhiệm vụ|nghị quyết|đảng bộ|chi bộ|đảng viên|cán bộ|' +
  'Thành ủy|Tỉnh ủy|Ban Thường vụ|Ban Chấp hành|Ủy ban nhân dân|Hội đồng nhân dân|Mặt trận Tổ quốc|' +
  'phát triển|kinh tế|xã hội|văn hóa|giáo dục|y tế|quốc phòng|an ninh|trật tự|an toàn|' +
  'tăng trưởng|tổng sản phẩm|ngân sách|thu chi|đầu tư|công trình|dự án|hạ tầng|giao thông|đô thị|' +
  'nông nghiệp|nông thôn mới|công nghiệp|thương mại|dịch vụ|du lịch|xuất khẩu|doanh nghiệp|' +
  'chuyển đổi số|cải cách hành chính|thủ tục|người dân|chính quyền|cơ sở|địa phương|' +
  'kết quả|đạt được|hoàn thành|vượt|kế hoạch|chỉ tiêu|đề ra|so với|cùng kỳ|năm trước|' +
  'tiếp tục|đẩy mạnh|nâng cao|chất lượng|hiệu quả|hiệu lực|quản lý|nhà nước|tăng cường|' +
  'kiểm tra|giám sát|kỷ luật|kỷ cương|phòng chống|tham nhũng|lãng phí|tiêu cực|' +
  'xây dựng|chỉnh đốn|Đảng|hệ thống chính trị|trong sạch|vững mạnh|toàn diện|' +
  'tuy nhiên|bên cạnh đó|đồng thời|trong đó|nhìn chung|cơ bản|còn|một số|hạn chế|khó khăn|' +
  'nguyên nhân|khách quan|chủ quan|bài học kinh nghiệm|giải pháp|trọng tâm|đột phá|' +
  'các|những|của|và|với|trong|để|được|đã|đang|sẽ|có|là|theo|về|cho|từ|tại|trên|' +
  'các|những|của|và|với|trong|để|được|đã|đang|có|là|theo|' +
  'Cần Thơ|Hậu Giang|Sóc Trăng|Vĩnh Long|Đồng Tháp|An Giang|Kiên Giang|' +
  'năm|tháng|quý|giai đoạn|nhiệm kỳ|đại hội|hội nghị|sơ kết|tổng kết|đánh giá|' +
  'tỷ lệ|phần trăm|tỷ đồng|hộ nghèo|lao động|việc làm|an sinh|phúc lợi|bảo hiểm|' +
  'môi trường|biến đổi khí hậu|sạt lở|hạn mặn|thủy lợi|đất đai|tài nguyên|khoáng sản|' +
  'tuyên truyền|vận động|quần chúng|đoàn thể|thanh niên|phụ nữ|nông dân|cựu chiến binh|' +
  'khen thưởng|thi đua|phong trào|điển hình|tiên tiến|gương mẫu|đoàn kết|thống nhất|' +
  'quyết liệt|đồng bộ|kịp thời|nghiêm túc|chặt chẽ|thường xuyên|sâu sát|cụ thể|rõ ràng'
).split('|');

/** A small deterministic PRNG (mulberry32) so every run sees the same text. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Counts the words (space-separated syllable groups) of a string. */
function countWords(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

/** Vocabulary entries as a flat list of words (syllables), for callers that want single words. */
export function generateWords(count: number, seed: number): string[] {
  const rnd = seededRandom(seed);
  const out: string[] = [];
  while (out.length < count) {
    const entry = VOCABULARY[Math.floor(rnd() * VOCABULARY.length)]!;
    for (const w of entry.split(' ')) if (out.length < count) out.push(w);
  }
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One sentence of roughly `target` words (at least one), ending with a full stop. */
function sentence(rnd: () => number, target: number): { text: string; words: number } {
  const parts: string[] = [];
  let words = 0;
  while (words < target) {
    const entry = VOCABULARY[Math.floor(rnd() * VOCABULARY.length)]!;
    parts.push(entry);
    words += countWords(entry);
    if (words < target && rnd() < 0.06) parts[parts.length - 1] += ',';
  }
  if (rnd() < 0.15) {
    const pct = `${Math.floor(rnd() * 100)},${Math.floor(rnd() * 10)}%`;
    parts.push(pct);
    words++;
  }
  return { text: capitalise(parts.join(' ')) + '.', words };
}

/** A paragraph of 3–6 sentences; its text and word count. */
export function generateParagraph(rnd: () => number): { text: string; words: number } {
  const n = 3 + Math.floor(rnd() * 4);
  const texts: string[] = [];
  let words = 0;
  for (let i = 0; i < n; i++) {
    const s = sentence(rnd, 12 + Math.floor(rnd() * 17));
    texts.push(s.text);
    words += s.words;
  }
  return { text: texts.join(' '), words };
}

function textNode(text: string): NodeJSON {
  return { type: 'text', text };
}

/**
 * A work report of about `words` words in the DuThao schema: header, title
 * block, a body with a heading every ~10 paragraphs (some text bold), and a
 * closing. Same seed, same document.
 */
export function generateReportDoc(words: number, seed: number): DocJSON {
  const rnd = seededRandom(seed);
  const body: NodeJSON[] = [];
  let total = 0;
  let section = 0;
  let paragraphs = 0;
  while (total < words) {
    if (paragraphs % 10 === 0) {
      section++;
      const h = sentence(rnd, 4 + Math.floor(rnd() * 5));
      body.push({ type: 'heading', attrs: { level: section % 3 === 1 ? 1 : 2 }, content: [textNode(h.text.replace(/\.$/, ''))] });
      total += h.words;
    }
    const p = generateParagraph(rnd);
    const content: NodeJSON[] =
      rnd() < 0.2
        ? [{ type: 'text', text: p.text.slice(0, p.text.indexOf(' ') + 1) || p.text, marks: [{ type: 'bold' }] }, ...(p.text.indexOf(' ') > 0 ? [textNode(p.text.slice(p.text.indexOf(' ') + 1))] : [])]
        : [textNode(p.text)];
    body.push({ type: 'paragraph', content });
    total += p.words;
    paragraphs++;
  }
  return {
    type: 'doc',
    content: [
      { type: 'header', attrs: { profile: 'dang', superiorBody: 'ĐẢNG BỘ THÀNH PHỐ CẦN THƠ', issuingBody: 'THÀNH ỦY CẦN THƠ', number: '', typeCode: 'BC', bodyCode: 'TU', place: 'Cần Thơ', date: '2026-11-27' } },
      { type: 'documentTitle', attrs: { documentType: 'BÁO CÁO', subject: 'tổng kết công tác năm 2026, phương hướng, nhiệm vụ năm 2027' } },
      { type: 'body', content: body },
      { type: 'closing', attrs: { authority: 'T/M BAN THƯỜNG VỤ', signerTitle: 'BÍ THƯ', signerName: 'Nguyễn Văn A', recipients: ['Ban Thường vụ Thành ủy', 'Lưu Văn phòng Thành ủy'] } },
    ],
  };
}
