import { describe, expect, it } from 'vitest';
import { reference } from './dataset';

const ref = reference();
const entry = (id: string) => ref.byId.get(id)!;

describe('compileReference: what each entry is told apart from', () => {
  it("gives a length the dated events of its places that are not its own: the battle's, not the talks'", () => {
    const battle = entry('battle-duration');
    expect([...battle.ownEvents!]).toEqual(['recapture']);
    expect(battle.rivalEvents!.has('is-capture')).toBe(true);
    expect(battle.rivalEvents!.has('recapture')).toBe(false);
    // The Geneva talks' "reprise" is no rival of a length of the battle for Palmyra.
    expect(battle.rivalEvents!.has('next-round')).toBe(false);
  });

  it('leaves dates, counts and lengths told by no dated event without any', () => {
    expect(entry('recapture-date').rivalEvents).toBeUndefined();
    expect(entry('is-killed-palmyra').rivalEvents).toBeUndefined();
    expect(entry('paris-brussels-gap').rivalEvents).toBeUndefined();
  });
});

describe('compileReference: the words of the lengths that cover an event\'s first or last day', () => {
  it("lends the battle's words to its first day, not the last 24 hours' sorties", () => {
    expect(entry('offensive-start').periodCounts).toEqual(expect.arrayContaining(['offensive-launch', 'palmyra-battle']));
    expect(entry('offensive-start').periodCounts).not.toContain('sorties');
  });
  it('lends both to its last day, which the last 24 hours end on', () => {
    expect(entry('recapture-date').periodCounts).toEqual(expect.arrayContaining(['palmyra-battle', 'sorties']));
  });
});
