/**
 * `npm run sizes [-- folder ...]`: file and function sizes of the TypeScript under src/ (or the folders given),
 * measured with the TypeScript compiler API: the largest files, the median and 90th-percentile function length
 * (lines, from the declaration's first line to its last), and every function longer than 40 lines.
 * Functions are declarations, methods, and arrow functions or function expressions; nested ones count separately.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const root = process.cwd();
const folders = process.argv.slice(2).filter((a) => !a.startsWith("--"));

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith(".ts") && !name.endsWith(".d.ts") ? [path] : [];
  });
}

interface Fn {
  file: string;
  name: string;
  lines: number;
}

function functionsIn(file: string, text: string): Fn[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Fn[] = [];
  const lineOf = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body !== undefined) {
      let name = "(anonymous)";
      if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) name = node.name.getText();
      else if (ts.isVariableDeclaration(node.parent)) name = node.parent.name.getText();
      else if (ts.isPropertyAssignment(node.parent)) name = node.parent.name.getText();
      out.push({ file, name, lines: lineOf(node.getEnd()) - lineOf(node.getStart()) + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const quantile = (sorted: readonly number[], q: number): number => {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.ceil(pos)] ?? a;
  return a + (b - a) * (pos - lo);
};

function main(): void {
  const files = (folders.length > 0 ? folders : ["src"]).flatMap((f) => tsFiles(join(root, f)));
  const sizes = files.map((f) => ({ file: relative(root, f), lines: readFileSync(f, "utf8").split("\n").length }));
  const fns = files.flatMap((f) => functionsIn(relative(root, f), readFileSync(f, "utf8")));
  const lengths = fns.map((f) => f.lines).sort((a, b) => a - b);
  console.log(`${String(files.length)} files, ${String(fns.length)} functions`);
  console.log("largest files (lines):");
  for (const s of sizes.sort((a, b) => b.lines - a.lines).slice(0, 5))
    console.log(`  ${String(s.lines).padStart(5)}  ${s.file}`);
  console.log(
    `function length (lines): median ${String(quantile(lengths, 0.5))}, 90th percentile ${String(quantile(lengths, 0.9))}, max ${String(lengths.at(-1) ?? 0)}`,
  );
  const long = fns.filter((f) => f.lines > 40).sort((a, b) => b.lines - a.lines);
  console.log(`functions over 40 lines: ${String(long.length)}`);
  for (const f of long) console.log(`  ${String(f.lines).padStart(5)}  ${f.file}  ${f.name}`);
}

main();
