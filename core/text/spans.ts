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

  /**
   * Folds the recent spans into the sorted ones; call between two passes over the text. A pass adds
   * in text order, so this is usually a linear merge of two sorted lists; spans added out of order
   * are sorted first (only they, not the whole set).
   */
  seal(): void {
    const tail = this.tail;
    if (tail.length === 0) return;
    for (let k = 1; k < tail.length; k++) {
      if (tail[k]!.start < tail[k - 1]!.start) {
        tail.sort((a, b) => a.start - b.start);
        break;
      }
    }
    const old = this.sorted;
    const merged: SpanLike[] = new Array(old.length + tail.length);
    const maxEnd: number[] = new Array(merged.length);
    let i = 0;
    let j = 0;
    let max = -Infinity;
    for (let k = 0; k < merged.length; k++) {
      const s = j >= tail.length || (i < old.length && old[i]!.start <= tail[j]!.start) ? old[i++]! : tail[j++]!;
      merged[k] = s;
      maxEnd[k] = max = Math.max(max, s.end);
    }
    this.sorted = merged;
    this.maxEnd = maxEnd;
    this.tail = [];
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
