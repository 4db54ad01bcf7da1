/** Well-formedness of an XML document for the feed tests: true, or the parser's reason with line and column. */
import { XMLValidator } from "fast-xml-parser";

export function wellFormed(xml: string): true | string {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the installed fast-xml-parser's validator (its successor package is not a dependency)
  const r = XMLValidator.validate(xml);
  return r === true ? true : `${r.err.msg} at line ${String(r.err.line)}, column ${String(r.err.col)}`;
}
