// Fails when an export of the public entry lacks what STYLE.md asks of its TSDoc block:
// a summary, one @example, and one @category from the closed list. TypeDoc itself already fails on
// an undocumented export (validation.notDocumented); this adds the project's own rules.
// Reads the JSON model that `typedoc` writes to reports/api.json.
import { readFileSync } from 'node:fs';

const categories = new Set([
  'Money',
  'Calendar',
  'Model',
  'Cascade',
  'Progress',
  'Alignment',
  'Economics',
  'Analysis',
  'Portfolio',
  'Report',
  'Errors',
]);
const project = JSON.parse(readFileSync(new URL('../reports/api.json', import.meta.url), 'utf8'));

/** The comment that documents an export: on the declaration, or on its first signature. */
function commentOf(reflection) {
  return (
    reflection.comment ??
    reflection.signatures?.[0]?.comment ??
    reflection.type?.declaration?.signatures?.[0]?.comment
  );
}
const text = (parts) =>
  (parts ?? [])
    .map((part) => part.text)
    .join('')
    .trim();

// With one entry point TypeDoc may still wrap the exports in a module reflection (kind 2).
const exported = (project.children ?? []).flatMap((child) =>
  child.kind === 2 ? (child.children ?? []) : [child],
);
// A zod schema and its inferred type share a name (STYLE.md rule 3): the schema's comment carries
// the example, the type's short comment only needs its summary and category.
const hasExample = new Set(
  exported
    .filter((reflection) =>
      (commentOf(reflection)?.blockTags ?? []).some((tag) => tag.tag === '@example'),
    )
    .map((reflection) => reflection.name),
);
const problems = [];
for (const reflection of exported) {
  const comment = commentOf(reflection);
  const name = reflection.name;
  if (!comment) {
    problems.push(`${name}: no TSDoc comment`);
    continue;
  }
  if (text(comment.summary) === '') problems.push(`${name}: no summary sentence`);
  const tags = comment.blockTags ?? [];
  const examples = tags.filter((tag) => tag.tag === '@example');
  const twin = exported.filter((other) => other.name === name).length > 1 && hasExample.has(name);
  if (examples.length === 0 && twin) {
    // A schema's inferred type: its example is on the schema of the same name.
  } else if (examples.length !== 1)
    problems.push(`${name}: needs exactly one @example (has ${examples.length})`);
  else if (!/```ts/.test(text(examples[0].content)))
    problems.push(`${name}: @example must be a \`\`\`ts block`);
  const categoryTags = tags.filter((tag) => tag.tag === '@category');
  if (categoryTags.length !== 1) {
    problems.push(`${name}: needs exactly one @category (has ${categoryTags.length})`);
  } else {
    const category = text(categoryTags[0].content);
    if (!categories.has(category)) {
      problems.push(`${name}: @category "${category}" is not one of ${[...categories].join(', ')}`);
    }
  }
}

if (problems.length > 0) {
  console.error(`API documentation check failed: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(`API documentation check passed: ${exported.length} exports documented.`);
