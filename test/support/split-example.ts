/** Catalogue examples write a name inside an object as `context.name` (`customer.name`). */
export function splitExample(example: string): { name: string; context?: string } {
  const dot = example.lastIndexOf('.');
  return dot === -1 ? { name: example } : { name: example.slice(dot + 1), context: example.slice(0, dot) };
}
