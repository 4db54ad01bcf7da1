/**
 * The one error for bad data, raised by the pipeline (raw files in, data/ out) and by the build (data/ in): it names
 * the file, the 1-based line (the header is line 1), the column and a plain-English reason.
 */
export class DataError extends Error {
  /** The file, relative to the raw folder or the repository (e.g. "data/workforce.csv"). */
  readonly file: string;
  /** 1-based line in the file, or null when the fault is with the whole file. */
  readonly line: number | null;
  /** Column name, or null when the fault is with the whole row or file. */
  readonly column: string | null;
  /** Plain-English reason. */
  readonly reason: string;
  constructor(file: string, line: number | null, column: string | null, reason: string) {
    const where = [file, line === null ? null : `line ${String(line)}`, column === null ? null : `column "${column}"`]
      .filter((part): part is string => part !== null)
      .join(", ");
    super(`${where}: ${reason}`);
    this.name = "DataError";
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}
