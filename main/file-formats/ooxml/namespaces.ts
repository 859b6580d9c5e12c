/**
 * The XML namespaces of OOXML parts DuThao reads. Word writes Transitional
 * OOXML; "Strict" files use other URIs for the same vocabulary, so the XML
 * reader maps them to the Transitional ones and callers compare against one
 * constant whatever prefix or flavour the file used.
 */

/** WordprocessingML main (`w:`). */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** Office relationships (`r:`). */
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Word 2010 additions (`w14:`: paraId). */
export const W14_NS = 'http://schemas.microsoft.com/office/word/2010/wordml';
/** Word 2012 additions (`w15:`: commentEx). */
export const W15_NS = 'http://schemas.microsoft.com/office/word/2012/wordml';
/** Package relationships (the `.rels` parts). */
export const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const STRICT_TO_TRANSITIONAL: ReadonlyMap<string, string> = new Map([
  ['http://purl.oclc.org/ooxml/wordprocessingml/main', W_NS],
  ['http://purl.oclc.org/ooxml/officeDocument/relationships', R_NS],
]);

/** The namespace URI callers compare against: Strict OOXML URIs become their Transitional twins. */
export function canonicalNamespace(uri: string): string {
  return STRICT_TO_TRANSITIONAL.get(uri) ?? uri;
}
