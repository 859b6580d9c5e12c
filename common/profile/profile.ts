/**
 * A format profile: the official layout of one family of documents (`dang`,
 * `nha-nuoc`) as data. Sizes are points, lengths millimetres. Every value a
 * user may choose carries its allowed range; the profile files ship the
 * spec's defaults (`common/profile/data/*.json`) and an office may adjust a
 * value within its range without a new release.
 */
import { z } from 'zod';

/** A chosen value and the range the official rules allow for it. */
const rangeSchema = z
  .object({ default: z.number(), min: z.number(), max: z.number() })
  .strict()
  .refine((r) => r.min <= r.max, { message: 'min must not exceed max' })
  .refine((r) => r.default >= r.min && r.default <= r.max, { message: 'default must lie within min–max' });

/** The look of one printed element (a header line, a heading level, a signature line…). */
const elementStyleSchema = z
  .object({
    /** Size in points. */
    size: rangeSchema,
    bold: z.boolean(),
    italic: z.boolean(),
    /** Underlined text (the dang title's "line as long as the text" may be this). */
    underline: z.boolean().default(false),
    /** Printed in capitals. */
    caps: z.boolean().default(false),
    /**
     * A solid line under the element: `none`; `text` as long as the text;
     * `short` 1/3–1/2 of the text, centred.
     */
    rule: z.enum(['none', 'text', 'short']).default('none'),
  })
  .strict();

const lineSpacingSchema = z
  .object({
    /** `exact`: value in points (dang, 18 pt); `multiple`: value in lines (nha-nuoc, 1.15). */
    rule: z.enum(['exact', 'multiple']),
    value: z.number().positive(),
    min: z.number().positive(),
    max: z.number().positive(),
  })
  .strict()
  .refine((r) => r.value >= r.min && r.value <= r.max, { message: 'value must lie within min–max' });

const documentTypeSchema = z
  .object({
    /** Type code of the symbol: BC, NQ, QĐ… ('' for công văn in nha-nuoc). */
    code: z.string(),
    /** Vietnamese type names this code stands for, in caps (QĐ: QUYẾT ĐỊNH and QUY ĐỊNH). */
    names: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** The zod schema of a profile file. */
export const profileSchema = z
  .object({
    format: z.literal(1),
    id: z.enum(['dang', 'nha-nuoc']),
    /** Vietnamese name shown in the UI. */
    name: z.string().min(1),
    /** The legal basis (e.g. "Hướng dẫn 36-HD/VPTW ngày 03/4/2018"). */
    basis: z.string().min(1),
    page: z
      .object({
        size: z.literal('A4'),
        widthMm: z.literal(210),
        heightMm: z.literal(297),
        margins: z.object({ top: rangeSchema, bottom: rangeSchema, left: rangeSchema, right: rangeSchema }).strict(),
      })
      .strict(),
    font: z.object({ family: z.string().min(1), color: z.string().regex(/^[0-9A-F]{6}$/) }).strict(),
    body: z
      .object({
        size: rangeSchema,
        firstLineIndentMm: rangeSchema,
        spacingAfterPt: rangeSchema,
        lineSpacing: lineSpacingSchema,
        /** Size inside tables (may drop to 12–13). */
        tableSize: rangeSchema,
        footnoteSize: rangeSchema,
        /** How the content ends: `.` (dang) or `./.` (nha-nuoc may). */
        endMark: z.string(),
      })
      .strict(),
    pageNumber: z
      .object({
        size: rangeSchema,
        position: z.literal('top-center'),
        /** Distance of the page number from the top edge. */
        fromEdgeMm: z.number().positive(),
        /** Page 1 carries no number. */
        firstPage: z.literal(false),
      })
      .strict(),
    header: z
      .object({
        /** Share of the text width given to the left column of the header and closing tables. */
        leftColumnPercent: z.number().min(30).max(60),
        /** dang: ĐẢNG CỘNG SẢN VIỆT NAM; nha-nuoc: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM. */
        titleText: z.string().min(1),
        /** nha-nuoc: Độc lập - Tự do - Hạnh phúc; dang: ''. */
        mottoText: z.string(),
        /** dang: `*` under the body name; nha-nuoc: '' (a line instead). */
        separatorText: z.string(),
        /** Line under the subject: `-----` (dang) or '' when the subject's own rule is used. */
        subjectRuleText: z.string(),
        /** How the subject begins: `lower` (dang: "về nhiệm vụ…") or `capital` (nha-nuoc). */
        subjectCase: z.enum(['lower', 'capital']).default('lower'),
        styles: z
          .object({
            title: elementStyleSchema,
            motto: elementStyleSchema,
            superiorBody: elementStyleSchema,
            issuingBody: elementStyleSchema,
            separator: elementStyleSchema,
            number: elementStyleSchema,
            date: elementStyleSchema,
            urgency: elementStyleSchema,
            documentType: elementStyleSchema,
            subject: elementStyleSchema,
            draftMark: elementStyleSchema,
          })
          .strict(),
      })
      .strict(),
    headings: z
      .object({
        part: elementStyleSchema,
        level1: elementStyleSchema,
        level2: elementStyleSchema,
        /** `a)` style. */
        level3Letter: elementStyleSchema,
        /** `2.1.` style. */
        level3Decimal: elementStyleSchema,
        /** The fourth generated level `1.1.1.` (state reports), where `maxLevel` allows it. */
        level4: elementStyleSchema.default({ size: { default: 14, min: 13, max: 14 }, bold: false, italic: true, underline: false, caps: false, rule: 'none' }),
        /** How many heading levels the profile numbers: 3 (I., 1., a) / 2.1.) or 4 (… 1.1.1.). */
        maxLevel: z.number().int().min(3).max(4).default(3),
        resolutionClause: elementStyleSchema,
      })
      .strict(),
    closing: z
      .object({
        authority: elementStyleSchema,
        signerTitle: elementStyleSchema,
        signerName: elementStyleSchema,
        /** Empty lines left for the signature and seal. */
        signatureGapLines: z.number().int().min(2).max(8),
        recipientsLabelText: z.string().min(1),
        recipientsLabel: elementStyleSchema,
        recipientsLine: elementStyleSchema,
        /** Ending of each recipients line but the last (`,` dang, `;` nha-nuoc). */
        recipientsLineEnd: z.string(),
        /** Ending of the last line. */
        recipientsLastEnd: z.string(),
        /** Regular expression the last (Lưu) line must match, without the leading `- `. */
        luuPattern: z.string().min(1),
        /** Example of a Lưu line, shown in messages. */
        luuExample: z.string().min(1),
        /** Authority prefixes offered as choices (T/M, K/T… or TM., KT.…). */
        authorityPrefixes: z.array(z.string().min(1)).min(1),
      })
      .strict(),
    symbol: z
      .object({
        /** Regular expression the printed number-and-symbol line must match. */
        pattern: z.string().min(1),
        /** Example of a printed number line, shown in messages. */
        example: z.string().min(1),
        /** Minimum digits of the number (`01`). */
        minDigits: z.number().int().min(1),
        documentTypes: z.array(documentTypeSchema).min(1),
        /** Body codes offered as choices; others are allowed. */
        knownBodyCodes: z.array(z.string().min(1)),
      })
      .strict(),
  })
  .strict();

/** A parsed, valid profile. */
export type Profile = z.output<typeof profileSchema>;

/** A value with its allowed range. */
export type ProfileRange = z.output<typeof rangeSchema>;

/** The style of one printed element. */
export type ElementStyle = z.output<typeof elementStyleSchema>;

/** Thrown by `parseProfile`; names the bad path (`page.margins.top.default`). */
export class ProfileError extends Error {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`Invalid profile at ${path || '(root)'}: ${detail}`);
    this.name = 'ProfileError';
  }
}

/** Parses and checks a profile JSON (as read from a file); throws a `ProfileError` naming the first bad path. */
export function parseProfile(json: unknown): Profile {
  const result = profileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ProfileError(issue.path.map(String).join('.'), issue.message);
  }
  const p = result.data;
  for (const [path, source] of [
    ['closing.luuPattern', p.closing.luuPattern],
    ['symbol.pattern', p.symbol.pattern],
  ] as const) {
    try {
      new RegExp(source, 'u');
    } catch {
      throw new ProfileError(path, `not a valid regular expression: ${source}`);
    }
  }
  return p;
}

/** The Vietnamese type names a profile allows for a type code, or undefined when the code is not in its list. */
export function typeNamesOf(profile: Profile, code: string): readonly string[] | undefined {
  return profile.symbol.documentTypes.find((t) => t.code === code.trim())?.names;
}
