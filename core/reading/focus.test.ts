import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../dates/calendar';
import { elsewhere, Focus } from './focus';

const events = { min: dayFromIso('2016-02-01')!, max: dayFromIso('2016-05-10')! };

describe('Focus: the place and time the text is about', () => {
  it('starts on the page and moves to the places a sentence names', () => {
    const focus = new Focus(new Set(['palmyra']), { retrospective: false, events });
    expect([...focus.current]).toEqual(['palmyra']);
    focus.moveTo(new Set(), ['killed']);
    expect([...focus.current]).toEqual(['palmyra']);
    focus.moveTo(new Set([elsewhere('Qaryatain')]), []);
    expect([...focus.current]).toEqual(['elsewhere:Qaryatain']);
  });
  it('keeps what was named while it stays on a place, and forgets it on another', () => {
    const focus = new Focus(new Set(), { retrospective: false, events });
    focus.moveTo(new Set(['brussels']), ['attacks', 'killed']);
    focus.moveTo(new Set(['brussels']), ['injured']);
    expect([...focus.context].sort()).toEqual(['attacks', 'injured', 'killed']);
    focus.moveTo(new Set(['palmyra']), ['recapture']);
    expect([...focus.context]).toEqual(['recapture']);
  });
  it('has a time only on a retrospective page, moved by dates from the events on, not before them', () => {
    expect(new Focus(new Set(), { retrospective: false, published: dayFromIso('2016-03-28'), events }).time).toBeUndefined();
    const focus = new Focus(new Set(), { retrospective: true, published: dayFromIso('2016-12-11'), events });
    expect(focus.time).toBe(dayFromIso('2016-12-11'));
    focus.moveToDay(dayFromIso('2016-03-01')!);
    expect(focus.time).toBe(dayFromIso('2016-03-01'));
    focus.moveToDay(dayFromIso('2015-05-01')!);
    expect(focus.time).toBe(dayFromIso('2016-03-01'));
  });
});
