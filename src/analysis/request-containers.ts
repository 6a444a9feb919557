import type { Hit } from './engine-types';
import type { Ref, Taint } from './value';

/**
 * `logger.info(req.body)` in a handler that also reads `req.body.aadhaarNumber`: the whole body
 * carries every field the handler reads from it, so it reaches the sink with each of their
 * categories. Reads and sinks meet within one function, in either order.
 */
export class RequestContainers {
  private reads = new Map<Ref, Taint[]>();
  private sinks: Array<{ container: Ref; hit: Omit<Hit, 'taint'> }> = [];

  /** The function read fields with these categories from `container` (`req.body`). */
  addRead(container: Ref, taints: readonly Taint[]): void {
    const list = this.reads.get(container);
    if (list === undefined) this.reads.set(container, [...taints]);
    else list.push(...taints);
  }

  /** `container` itself reached a sink. */
  addSink(container: Ref, hit: Omit<Hit, 'taint'>): void {
    this.sinks.push({ container, hit });
  }

  /** The hits of the function analysed since the last call, one per category a sink's container holds; then starts afresh. */
  takeHits(): Hit[] {
    const hits: Hit[] = [];
    for (const { container, hit } of this.sinks) {
      const seen = new Set<string>();
      for (const taint of this.reads.get(container) ?? []) {
        if (seen.has(taint.category)) continue;
        seen.add(taint.category);
        const step = { node: hit.site, message: `${[container.root.name, ...container.path].join('.')} is passed whole, with this field in it` };
        hits.push({ ...hit, taint: { category: taint.category, steps: [...taint.steps, step] } });
      }
    }
    if (this.sinks.length > 0) this.sinks = [];
    if (this.reads.size > 0) this.reads = new Map();
    return hits;
  }
}
