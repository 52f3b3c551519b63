// Counts the JavaScript left in Java strings: the characters of the string literals in every
// @JSBody's script attribute, per file, in the bundles' main sources.
// usage: node cnf/build/count-jsbody.mjs [ROOT]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const root = process.argv[2] ?? ".";
const javaFiles = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  if (name === "target" || name.startsWith(".")) {
    return [];
  }
  return statSync(path).isDirectory() ? javaFiles(path) : name.endsWith(".java") && path.includes("/src/main/java/") ? [path] : [];
});

let total = 0;
for (const file of javaFiles(root)) {
  const text = readFileSync(file, "utf8");
  let count = 0;
  for (const match of text.matchAll(/@JSBody\s*\(([\s\S]*?)\)\s*(?:\/\/[^\n]*\n\s*)*(?:(?:private|public|protected|static|native|final)\s+)+/g)) {
    const script = match[1].slice(match[1].indexOf("script"));
    for (const literal of script.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
      count += literal[1].length;
    }
  }
  if (count > 0) {
    console.log(String(count).padStart(6), relative(root, file));
    total += count;
  }
}
console.log(String(total).padStart(6), "in all");
