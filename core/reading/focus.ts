// What the text is about as it goes on: the place in focus, carried from the title, headings and
// earlier sentences until the text names another one ("Les combats auront duré vingt jours" two
// paragraphs after "Palmyre" is still about Palmyra; "La ville, dont l'EI s'était emparé en août
// 2015" right after "l'assaut sur Qaryatain" is about Qaryatain), and, on a page written long after
// the reference's events, the time the text has taken the reader to.

/** A place of the reference (an alias group id) or one it has no name for ("elsewhere:Qaryatain"). */
export type Place = string;

export const elsewhere = (name: string): Place => `elsewhere:${name}`;
export const isElsewhere = (place: Place): boolean => place.startsWith('elsewhere:');

export class Focus {
  private places: Set<Place>;
  /** Everything named while the text has been about these places: what their event is (the attacks, the battle). */
  private named = new Set<string>();
  /** The day the text is about, on a page written long after the events; undefined on other pages. */
  private day?: number;
  private readonly retrospective: boolean;

  /** Days before this are background ("depuis l'intervention russe de fin septembre 2015"): they do not move the time. */
  private readonly earliest: number;

  /**
   * `events`: from the first to the last day of the reference's events, give or take the weeks
   * their figures are reported in; on a retrospective page, the text starts at its own date.
   */
  constructor(
    readonly page: Set<Place>,
    options: { published?: number; retrospective: boolean; events: { min: number; max: number } },
  ) {
    this.places = new Set(page);
    this.retrospective = options.retrospective;
    this.earliest = options.events.min;
    if (options.retrospective) this.day = options.published;
  }

  /** The places in focus now. */
  get current(): ReadonlySet<Place> {
    return this.places;
  }

  /** What has been named while the text was about the places in focus. */
  get context(): ReadonlySet<string> {
    return this.named;
  }

  /**
   * After a sentence: the places it names become the focus. While the text stays on a place, what
   * it names adds up ("31 killed in Tuesday's bombings in Brussels" then "340 injured, from Belgium":
   * the injured are the bombings' too); a new place starts afresh.
   */
  moveTo(places: Set<Place>, named: Iterable<string>): void {
    if (places.size > 0) {
      const stays = [...places].some((p) => this.places.has(p));
      this.places = places;
      if (!stays) this.named = new Set();
    }
    for (const g of named) this.named.add(g);
  }

  /** On a page written long after the events, the day the text is about now (else undefined). */
  get time(): number | undefined {
    return this.day;
  }

  /**
   * A date the text gives to what it tells moves its time there (only on retrospective pages): back
   * to the reference's events ("en mars dernier"), or on to later ones ("l'EI a repris dimanche").
   */
  moveToDay(day: number): void {
    if (this.retrospective && day >= this.earliest) this.day = day;
  }
}
