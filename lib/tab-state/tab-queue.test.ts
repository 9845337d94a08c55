import { describe, expect, it } from 'vitest';
import { createTabQueue } from './tab-queue';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createTabQueue', () => {
  it('runs the tasks of one tab one after another, in arrival order, even when the first is slower', async () => {
    const queue = createTabQueue();
    const log: string[] = [];
    await Promise.all([
      queue(1, async () => {
        log.push('a start');
        await tick(20);
        log.push('a end');
      }),
      queue(1, async () => {
        log.push('b start');
        log.push('b end');
      }),
    ]);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('lets different tabs run side by side', async () => {
    const queue = createTabQueue();
    const log: string[] = [];
    await Promise.all([
      queue(1, async () => {
        await tick(20);
        log.push('tab 1');
      }),
      queue(2, async () => void log.push('tab 2')),
    ]);
    expect(log).toEqual(['tab 2', 'tab 1']);
  });

  it('passes results and errors through, and a failed task does not block the next', async () => {
    const queue = createTabQueue();
    const failed = queue(1, async () => {
      throw new Error('boom');
    });
    const next = queue(1, async () => 42);
    await expect(failed).rejects.toThrow('boom');
    expect(await next).toBe(42);
  });
});
