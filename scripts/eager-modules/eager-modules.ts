/**
 * Marks the module functions of an ncc (webpack) bundle's entry chunk for eager compilation.
 *
 * webpack keeps each module as a function in one object literal, `var t={7935:(e,t,n)=>{…},…}`, and calls
 * every one of the entry chunk's at start-up. V8 compiles a function lazily by default: the whole file is
 * pre-parsed when it loads, then each module function is parsed again, with every function inside it, on
 * its first call. A function written in parentheses is compiled with the file instead (V8's heuristic for
 * functions that are about to run), which saves the second pass: about 6 ms of the setup-rust cache hit's
 * 36 ms above Node's own start on a 2-core machine. Parentheses around a function expression change
 * nothing else.
 */
import ts from "typescript";

export class ModuleMapNotFoundError extends Error {}

/** The bundle's text with each module function of its module map in parentheses, and how many. */
export function eagerModuleFactories(text: string): { text: string; wrapped: number } {
  const source = ts.createSourceFile("index.js", text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const map = moduleMap(source);
  if (!map) {
    throw new ModuleMapNotFoundError(
      "no webpack module map (a top-level `var x = {<number>: <function>, …}`) in the bundle: did ncc's output change?",
    );
  }
  const spans: Array<[number, number]> = [];
  for (const property of map.properties) {
    const factory = (property as ts.PropertyAssignment).initializer;
    if (ts.isParenthesizedExpression(factory)) continue;
    spans.push([factory.getStart(source), factory.end]);
  }
  let out = text;
  for (const [start, end] of spans.reverse())
    out = `${out.slice(0, start)}(${out.slice(start, end)})${out.slice(end)}`;
  return { text: out, wrapped: spans.length };
}

const isFactory = (node: ts.Node) => ts.isArrowFunction(node) || ts.isFunctionExpression(node);

function moduleMap(source: ts.SourceFile): ts.ObjectLiteralExpression | undefined {
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (
        init &&
        ts.isObjectLiteralExpression(init) &&
        init.properties.length > 0 &&
        init.properties.every(
          (p) =>
            ts.isPropertyAssignment(p) &&
            ts.isNumericLiteral(p.name) &&
            (isFactory(p.initializer) ||
              (ts.isParenthesizedExpression(p.initializer) && isFactory(p.initializer.expression))),
        )
      )
        return init;
    }
  }
  return undefined;
}
