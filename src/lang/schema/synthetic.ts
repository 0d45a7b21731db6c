/**
 * A deterministic, valid `.pg` source of roughly `targetBytes` bytes, for the benchmark and for
 * size tests: interfaces, nodes with keys, enums, vectors with `@embed`, and edges between them.
 */
export function syntheticSchemaSource(targetBytes: number): string {
  const parts: string[] = ['interface Named { name: String @key }\n'];
  let size = parts[0]?.length ?? 0;
  for (let i = 0; size < targetBytes; i++) {
    const block =
      `// block ${i}\n` +
      `node N${i} @description("node ${i}") implements Named {\n  age: I32? @index\n  status: enum(open, closed, b${i})?\n` +
      `  body: String?\n  embedding: Vector(8)? @embed("body", model="m")\n  @range(age, 0..150)\n}\n` +
      `edge E${i}: N${i} -> N${i === 0 ? 0 : i - 1} @card(0..1) { since: Date? }\n`;
    parts.push(block);
    size += block.length;
  }
  return parts.join('');
}
