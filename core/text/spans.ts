// Spans of text ([start, end) offsets) that later readers must not read again, with an overlap
// test in logarithmic time: pages can hold thousands of dates and times in one block, and a linear
// test per token made reading them quadratic.

export interface SpanLike {
  start: number;
  end: number;
}

export class SpanSet {
  /** Sealed spans, sorted by start, with the running maximum of their ends. */
  private sorted: SpanLike[] = [];
  private maxEnd: number[] = [];
  /** Spans added since the last seal, in the order added (each reader adds in text order). */
  private tail: SpanLike[] = [];

  add(span: SpanLike): void {
    this.tail.push(span);
  }

  /** Folds the recent spans into the sorted ones; call between two passes over the text. */
  seal(): void {
    if (this.tail.length === 0) return;
    this.sorted = [...this.sorted, ...this.tail].sort((a, b) => a.start - b.start);
    this.tail = [];
    let max = -Infinity;
    this.maxEnd = this.sorted.map((s) => (max = Math.max(max, s.end)));
  }

  /**
   * True when [start, end) overlaps a span. Among the spans added since the last seal only the
   * last is tested: a pass adds in text order and asks about text after what it added.
   */
  overlaps(start: number, end: number): boolean {
    const last = this.tail[this.tail.length - 1];
    if (last && start < last.end && end > last.start) return true;
    // The last sealed span starting before `end`: any overlap has an end beyond `start`.
    let lo = 0;
    let hi = this.sorted.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]!.start < end) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && this.maxEnd[found]! > start;
  }
}
