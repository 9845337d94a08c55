import { describe, expect, it } from 'vitest';
import { analyzePage, type Claim } from './engine';
import { reference } from './reference/dataset';
import type { PageInput, TextBlock } from './types';

const ref = reference();

/** A page of a title and paragraphs; a paragraph given as a block keeps its marks (a table's header row). */
function page(title: string, paragraphs: Array<string | TextBlock>, published = '2016-03-28'): PageInput {
  const blocks: TextBlock[] = [{ text: title, region: 'heading' }, ...paragraphs.map((p) => (typeof p === 'string' ? { text: p, region: 'main' as const } : p))];
  return { title, blocks, published };
}

function claimOf(claims: Claim[], text: string): Claim {
  const c = claims.find((x) => x.text.includes(text));
  if (!c) throw new Error(`no claim "${text}" among ${claims.map((x) => `"${x.text}"`).join(', ')}`);
  return c;
}

function verdicts(input: PageInput): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of analyzePage(input, ref).claims) out[c.text] = c.match ? `${c.verdict} ${c.match.entryId}` : c.verdict;
  return out;
}

describe('bilingual claims about the battle for Palmyra', () => {
  it('supports the same figures in French and English', () => {
    const fr = analyzePage(
      page('Palmyre reprise par l’armée syrienne', [
        'Selon l’OSDH, quatre cents jihadistes ont été tués en vingt jours de combats, et 188 soldats ont péri.',
        'L’offensive avait été lancée le 7 mars.',
      ]),
      ref,
    ).claims;
    const en = analyzePage(
      page('Syrian army retakes Palmyra', [
        'According to the monitor, four hundred IS fighters were killed during twenty days of fighting, and 188 soldiers died.',
        'The offensive was launched on March 7.',
      ]),
      ref,
    ).claims;
    for (const claims of [fr, en]) {
      expect(claims.filter((c) => c.verdict === 'supported').map((c) => c.match!.entryId).sort()).toEqual(
        ['battle-duration', 'is-killed-palmyra', 'offensive-start', 'pro-regime-killed-palmyra'].sort(),
      );
    }
  });

  it('reads 270.000, 270 000 and 270,000 as one number', () => {
    for (const n of ['270.000', '270 000', '270\u00a0000', '270,000']) {
      const claims = analyzePage(page('La guerre en Syrie', [`La guerre en Syrie a fait plus de ${n} morts.`]), ref).claims;
      expect(claimOf(claims, n).match?.entryId).toBe('war-killed');
      expect(claimOf(claims, n).verdict).toBe('supported');
    }
  });

  it('says a figure differs, with the difference, when it is the same fact', () => {
    const claims = analyzePage(page('Palmyra retaken', ['The Syrian Observatory said the army lost 180 soldiers in the battle for Palmyra.']), ref).claims;
    const c = claimOf(claims, '180');
    expect(c.verdict).toBe('contradicted');
    expect(c.match?.entryId).toBe('pro-regime-killed-palmyra');
    expect(c.match?.delta).toMatchObject({ page: 180, reference: 188, difference: -8 });
  });

  it("still disputes Russia's intervention dated to another month, whoever the sentence opens with", () => {
    for (const [sentence, text] of [
      ["Pour le régime, c'est le gain le plus net depuis l'intervention russe d'octobre 2015.", "octobre 2015"],
      ["Russia's intervention began in October 2015.", 'October 2015'],
    ]) {
      const c = claimOf(analyzePage(page('Palmyra retaken', [sentence!]), ref).claims, text!);
      expect([c.verdict, c.match?.entryId]).toEqual(['contradicted', 'russian-intervention-start']);
    }
  });

  it('quotes a live post without the time of day that labels it', () => {
    const claims = analyzePage(page('Palmyre, en direct', ['10h40 – Selon Moscou, les avions russes ont effectué 40 sorties dans la région de Palmyre ces dernières 24 heures.']), ref).claims;
    expect(claimOf(claims, '40 sorties').sentence).toMatch(/^Selon Moscou, les avions russes/);
  });

  it("reads a live page's 'last 24 hours' from the day heading its post stands under", () => {
    const post = '09h40 – Selon Moscou, les avions russes ont effectué 25 sorties dans la région de Palmyre au cours des dernières 24 heures.';
    const live = (day: string) => page('Palmyre : le direct', [{ text: day, region: 'heading' }, post], '2016-03-27');
    // Monday's report of its own 24 hours may not be Sunday's: nothing to dispute.
    expect(claimOf(analyzePage(live('Lundi 28 mars 2016'), ref).claims, '25 sorties').verdict).toBe('unrelated');
    // Under Sunday's heading it is the dispatch's window.
    expect(claimOf(analyzePage(live('Dimanche 27 mars 2016'), ref).claims, '25 sorties').verdict).toBe('contradicted');
    // A heading that says more than a day dates nothing.
    expect(claimOf(analyzePage(live('Lundi 28 mars 2016 : la bataille de Palmyre'), ref).claims, '25 sorties').verdict).toBe('contradicted');
  });

  it("reads 'over the previous day' from the page's own date", () => {
    const said = (published: string) => page('Palmyra retaken', ["Russia's defence ministry reported 41 sorties around Palmyra over the previous day."], published);
    expect(claimOf(analyzePage(said('2016-03-28'), ref).claims, '41 sorties').verdict).toBe('unrelated');
    expect(claimOf(analyzePage(said('2016-03-27'), ref).claims, '41 sorties').verdict).toBe('contradicted');
  });

  it("takes the first day of a count of sorties for the count's own, not the offensive's", () => {
    const v = verdicts(page('Palmyra retaken', ['The ministry adds that its jets have flown more than 500 sorties around Palmyra since March 20.']));
    expect(v['March 20']).toBe('unrelated');
  });

  it('treats qualifiers as intervals', () => {
    const v = verdicts(
      page('Palmyra', [
        'At least 400 IS fighters were killed in the battle for Palmyra.',
        'Nearly 400 jihadists died in the fighting for Palmyra.',
        'Fewer than 300 jihadists were killed in the battle for Palmyra.',
      ]),
    );
    expect(v['At least 400 IS']).toBe('supported is-killed-palmyra');
    expect(v['Nearly 400 jihadists']).toBe('supported is-killed-palmyra');
    expect(v['Fewer than 300 jihadists']).toBe('contradicted is-killed-palmyra');
  });
});

describe('figures about something else are unrelated, however equal the number', () => {
  it.each([
    ['Some 400 delegates attended a conference on Syria in Oslo.', '400 delegates'],
    ["L'exposition sur Palmyre a attiré 400 visiteurs samedi.", '400 visiteurs'],
    ['A 188-page study of casualty reporting in Syria came out last year.', '188'],
    ['State television aired a 40-minute documentary on the battle for Palmyra.', '40-minute'],
    ["32 combattants de l'EI auraient été tués dès le lendemain à Palmyre.", '32 combattants'],
    ['The blast at the Brussels metro station killed 16 people.', '16 people'],
    ['Separately, a car bomb killed 12 people in Baghdad on Monday, as the war in Syria went on.', '12 people'],
    ['IS beheaded the 82-year-old antiquities chief of Palmyra in August 2015.', '82-year-old'],
    ['Kurdish forces killed 80 militants near Shaddadi in a single week of the battle.', '80 militants'],
    ['Jusqu\'ici, seules les 31 victimes décédées sur les lieux des attentats de Bruxelles étaient comptées.', '31 victimes'],
    ['At the height of the battle for Palmyra, Russian jets flew up to 25 sorties a day.', '25 sorties'],
    ['À Bruxelles, 32 personnes ont perdu la vie dans les attentats, sans compter les trois kamikazes.', 'trois kamikazes'],
    // A man's age, after his name; a distance to another place, after the reference's.
    ["L'EI avait exécuté à Palmyre l'ancien responsable des antiquités, Khaled al-Assaad, âgé de 82 ans.", '82 ans'],
    ['The next objectives are Al-Alianiyeh, some 60 km to the south, then the Iraqi border, roughly 200 km away.', '200 km'],
    ["L'armée vise Al-Alianiyé, à 60 km au sud, puis la frontière irakienne, à quelque 200 km.", '200 km'],
    // A count of events, not of people, in a sentence about the wounded or the dead.
    ['About 340 people were wounded in the two attacks on March 22 in Brussels.', 'two attacks'],
    ['Plus de 300 personnes ont été blessées lors des deux attaques de Bruxelles.', 'deux attaques'],
    ['The monitor counted 400 dead jihadists after three offensives on the city.', 'three offensives'],
    // Another power's intervention is not Russia's, whatever its month.
    ['The United States began its military intervention in Syria in October 2015 with special forces.', 'October 2015'],
    ["Depuis l'intervention turque de fin septembre 2015, Ankara frappe aussi en Syrie.", 'fin septembre 2015'],
  ])('%s', (sentence, text) => {
    const claims = analyzePage(page('Palmyra and Brussels', [sentence]), ref).claims;
    expect(claimOf(claims, text).verdict).toBe('unrelated');
  });

  it('never ties a football report to Palmyra', () => {
    const claims = analyzePage(
      page('France 4-2 Russia', [
        'France beat Russia 4-2 on Tuesday; Kante scored in the 8th minute and Payet after 56 minutes.',
        'The coach must name his 23-man squad by May 12. The match drew 40 000 fans, about 400 of them Russians.',
      ]),
      ref,
    ).claims;
    expect(claims.filter((c) => c.verdict !== 'unrelated')).toEqual([]);
  });
});

describe('phrasings the dev pages do not use', () => {
  it('reads "leaving only a handful" as the fighters left', () => {
    const v = verdicts(page('Palmyra retaken', ["IS commanders in Raqa ordered a withdrawal from Palmyra, leaving only a handful of fighters in the city."]));
    expect(v['a handful of fighters'] ?? v['handful of fighters']).toBe('supported is-fighters-left');
  });
  it('reads approximate amounts, noun phrases and bare subjects', () => {
    const v = verdicts(
      page('Palmyre reprise', [
        "L'aviation russe a effectué une quarantaine de sorties et frappé plus d'une centaine de cibles autour de Palmyre.",
        "Le village d'Al-Alianiyé est situé à une soixantaine de kilomètres au sud.",
      ]),
    );
    expect(v['une quarantaine de sorties']).toBe('supported russian-sorties');
    expect(v["plus d'une centaine de cibles"]).toBe('supported russian-targets');
    expect(v['une soixantaine de kilomètres']).toBe('supported al-alianiye-distance');
    const fr = verdicts(
      page('Palmyre : les bilans divergent', [
        "Mardi, l'ONG a revu à la hausse le nombre de jihadistes tués à Palmyre, désormais estimé à 417.",
        'À Bruxelles, le nombre de morts des attentats du 22 mars a été ramené à 32.',
        'Le nombre de blessés des attentats de Bruxelles reste fixé à 340.',
      ]),
    );
    expect(fr['340']).toBe('supported brussels-injured');
    expect(fr['417']).toBe('contradicted is-killed-palmyra');
    expect(fr['32']).toBe('contradicted brussels-killed');
    // The side named with targets is the one struck.
    const struck = verdicts(page('Palmyre reprise', ["Côté russe, l'état-major affirme que ses appareils ont mené 40 sorties autour de Palmyre en 24 heures, frappant 117 objectifs qualifiés de « terroristes »."]));
    expect(struck['117 objectifs']).toBe('supported russian-targets');
    const space = verdicts(page('Palmyra retaken', ['On the eve of its fall, the Russian defence ministry counted 40 sorties and 117 targets hit around Palmyra in the space of 24 hours.']));
    expect(space['40 sorties']).toBe('supported russian-sorties');
    expect(space['117 targets']).toBe('supported russian-targets');
    // A participle after a comma goes on with the same actor: the 90 targets are Russia's.
    const pastDay = ["Russia's defence ministry said its aircraft had flown 14 sorties over Palmyra in the past 24 hours, striking 90 targets."];
    const strikes = verdicts(page('Palmyra retaken', pastDay, '2016-03-27'));
    expect(strikes['14 sorties']).toBe('contradicted russian-sorties');
    expect(strikes['90 targets']).toBe('contradicted russian-targets');
    // "The past 24 hours" of a page written the next day are that day's: they may match, not differ.
    const nextDay = verdicts(page('Palmyra retaken', pastDay, '2016-03-28'));
    expect([nextDay['14 sorties'], nextDay['90 targets'], nextDay['24 hours']]).toEqual(['unrelated', 'unrelated', 'unrelated']);
    expect(verdicts(page('Palmyra retaken', ["Russia's defence ministry said its aircraft had flown 40 sorties over Palmyra in the past 24 hours."], '2016-03-28'))['40 sorties']).toBe('supported russian-sorties');
    const en = verdicts(page('Palmyra retaken', ['Russian jets flew 41 combat sorties over Palmyra, and the regime lost 186 fighters in the battle.']));
    // The reference's 40 sorties are those of the last 24 hours: a count that gives no window may be
    // of other days, so it is not said to differ; one over the same window is.
    expect(en['41 combat']).toBe('unrelated');
    expect(verdicts(page('Palmyra retaken', ['In the last 24 hours Russian jets flew 41 combat sorties over Palmyra.'], '2016-03-27'))['41 combat']).toBe('contradicted russian-sorties');
    expect(en['186 fighters']).toBe('contradicted pro-regime-killed-palmyra');
  });
  it('reads a toll against the event whose place is named nearest it, when a sentence names two', () => {
    const v = verdicts(
      page('Count the cost', [
        'IS claimed the bombings in Brussels, which officials now say killed 35 people, as it claimed the 130 murders in Paris in November.',
        "L'EI a revendiqué les attentats de Bruxelles, qui ont fait 35 morts selon le dernier bilan, comme ceux de Paris en novembre.",
      ], '2016-03-29'),
    );
    expect(v['35 people']).toBe('contradicted brussels-killed');
    expect(v['35 morts']).toBe('contradicted brussels-killed');
    expect(v['130 murders']).toBe('supported paris-killed');
  });
  it('gives a count added by "along with"/"ainsi que" the verb of the count before it', () => {
    const v = verdicts(
      page('Palmyre reprise', [
        "Selon l'OSDH, 400 jihadistes sont morts dans la bataille de Palmyre, ainsi que 186 soldats et miliciens prorégime.",
        'Monitors say 400 IS fighters died in the battle for Palmyra, as well as 12 civilians.',
      ]),
    );
    expect(v['186 soldats']).toBe('contradicted pro-regime-killed-palmyra');
    expect(v['12 civilians']).toBe('unrelated');
  });
  it('reads a cause after "dont"/"including" as said of the part, not of the whole toll', () => {
    const v = verdicts(
      page('Palmyre reprise', [
        "Selon l'OSDH, la bataille de Palmyre a coûté la vie à 400 jihadistes, dont une bonne partie sous les frappes russes.",
        'The battle for Palmyra killed some 400 IS fighters, including many in Russian air strikes.',
        'Russian air strikes alone killed 320 IS fighters around Palmyra.',
      ]),
    );
    expect(v['400 jihadistes']).toBe('supported is-killed-palmyra');
    expect(v['some 400 IS']).toBe('supported is-killed-palmyra');
    expect(v['320 IS']).toBe('unrelated');
    // A cause is read in the count's own phrase: here "strike" is what IS can still do.
    const reach = verdicts(page('Brussels, a week on', ['IS showed in Brussels, with 32 dead, that it can still strike far from home.']));
    expect(reach['32 dead']).toBe('contradicted brussels-killed');
  });
});

describe('pages without a date, and neighbouring events', () => {
  const undated = (paragraphs: string[]): PageInput => ({ title: 'Palmyre libérée : le bilan', blocks: paragraphs.map((text) => ({ text, region: 'main' as const })) });
  it('checks year-less dates by day and month when the page gives no date', () => {
    const v = verdicts(undated(["L'intervention russe, lancée le 30 septembre 2015, a été décisive.", 'Les forces gouvernementales ont repris le contrôle total de Palmyre dimanche 27 mars.']));
    expect(v['dimanche 27 mars']).toBe('supported recapture-date');
  });
  it('gives a date to the event named next to it', () => {
    const v = verdicts(undated(['Les attentats du 13 novembre à Paris avaient fait 130 morts ; ceux de Bruxelles, le 22 mars, 31 morts.']));
    expect(v['13 novembre']).toBe('unrelated');
    expect(v['130 morts']).toBe('supported paris-killed');
  });
  it("reads 'of its own' as the actor's side and a monitor's name as no war", () => {
    const v = verdicts(
      page('Palmyra', ['The army retook Palmyra after a 20-day offensive, killing some 400 IS militants and losing 188 of its own, the Syrian Observatory said.']),
    );
    expect(v['188']).toBe('supported pro-regime-killed-palmyra');
    expect(v['some 400 IS']).toBe('supported is-killed-palmyra');
  });
  it('reads an opening date past a fronted adverbial, with its clause', () => {
    const v = verdicts(
      page('Palmyre reprise', [
        "Le 27 mars, au terme de trois semaines d'offensive, les troupes syriennes ont repris Palmyre.",
        'On March 27, after three weeks of fighting, Syrian troops retook Palmyra.',
      ]),
    );
    expect(v['27 mars']).toBe('supported recapture-date');
    expect(v['March 27']).toBe('supported recapture-date');
  });
  it('dates the start of a campaign by a phrase that begins it over its whole extent', () => {
    const v = verdicts(
      page('Palmyra retaken', [
        'Russia has been bombing targets in Syria since late September 2015.',
        "La Russie s'est mise à frapper en Syrie au début du mois d'octobre 2015.",
        'Russian jets began bombing IS positions around Palmyra on March 9.',
      ]),
    );
    expect(v['late September 2015']).toBe('supported russian-intervention-start');
    // No word of beginning: a month of strikes, not their first day.
    expect(v["début du mois d'octobre 2015"] ?? 'unrelated').toBe('unrelated');
    expect(v['March 9']).not.toMatch(/russian-intervention/);
    // A fronted date, and the sorties of the campaign; a recent day is another occurrence.
    const fronted = verdicts(
      page('Six mois de frappes russes', [
        "Depuis le 30 septembre 2015, l'aviation russe affirme avoir mené plus de 9 000 sorties en Syrie.",
        'Since Saturday, Russian jets have flown 60 sorties in Syria.',
      ]),
    );
    expect(fronted['30 septembre 2015']).toBe('supported russian-intervention-start');
    expect(fronted['Saturday']).toBe('unrelated');
    // The first strikes, and the campaign's actor when its phrase names no extent.
    const first = verdicts(
      page('Six mois de frappes russes', [
        "Le 30 septembre 2015, l'aviation russe menait ses frappes initiales en Syrie.",
        'Moscow, which has flown air missions for the Syrian government since October 2015, sent more jets.',
        'Moscow, which has flown air missions around Palmyra since 10 March, sent more jets.',
      ]),
    );
    expect(first['30 septembre 2015']).toBe('supported russian-intervention-start');
    expect(first['October 2015']).toBe('contradicted russian-intervention-start');
    expect(first['10 March']).toBe('unrelated');
  });
  it('reads a place named by its adjective as named, and a day right after a revising verb as the revision\'s', () => {
    const fr = verdicts(page('Football : la Belgique battue', ["Après les attentats du 22 mars, la fédération belge a observé une minute de silence à la mémoire des 35 victimes."]));
    expect(fr['22 mars']).toBe('supported brussels-attacks-date');
    expect(fr['35 victimes']).toBe('contradicted brussels-killed');
    const revised = verdicts(page('Bruxelles', ["L'EI a revendiqué les attentats de Bruxelles. Le bilan de ces attaques a été porté lundi à 35 morts par les autorités belges."]));
    expect(revised['lundi']).toBe('unrelated');
    expect(verdicts(page('Brussels', ['The toll of the Brussels attacks was revised on Monday to 35 dead.']))['Monday']).toBe('unrelated');
    // A day that is not after a revising verb still dates the attacks.
    expect(verdicts(page('Brussels', ['The Brussels attacks on Tuesday killed 31 people.']))['Tuesday']).toBe('supported brussels-attacks-date');
  });
  it('dates a capture told in the present tense', () => {
    expect(verdicts(page('Palmyre', ["Les jihadistes s'emparent de Palmyre le 21 mai 2015."]))['21 mai 2015']).toBe('supported is-capture-date');
  });
  it('reads a count coordinated with a part by its site as a part too, and a capture placed by another place as that place\'s', () => {
    const v = verdicts(page('Brussels attacks: the toll a month on', ['The breakdown given by the prosecutor is 16 victims at the airport and 16 on the metro train.'], '2016-04-22'));
    expect(Object.entries(v).filter(([t]) => t.startsWith('16')).map(([, verdict]) => verdict)).toEqual(['unrelated', 'unrelated']);
    const w = verdicts(page('Syrie : la route du désert', ["Dimanche, l'armée a repris Al-Qaryatain, à quelque 120 km au sud-ouest de Palmyre."], '2016-04-05'));
    expect(w['Dimanche']).toBe('unrelated');
  });

  it("keeps a revision's day apart from the event even under a question heading, and dates a chronology's entry", () => {
    const v = verdicts(page('Palmyre : questions-réponses', [{ text: 'Quel lien avec les attentats de Bruxelles ?', region: 'heading' }, "L'EI a revendiqué les attaques de Bruxelles, dont le bilan a été porté lundi à 35 morts."]));
    expect(v['lundi']).toBe('unrelated');
    const w = verdicts(page('Palmyre : repères', ["21 mai 2015 : après une offensive éclair d'une semaine, l'EI s'empare de la ville."]));
    expect(w['une semaine']).toBe('unrelated');
  });

  it("does not give a coordinated toll the side of the one before when its own noun says who died", () => {
    const v = verdicts(page('Palmyra retaken', ['The Observatory says 400 jihadists and 188 government fighters died in the battle for Palmyra.']));
    expect(v['188 government']).toBe('supported pro-regime-killed-palmyra');
  });

  it('does not take a bound far short of a toll for that toll ("at least 50 people", "fewer than 1,000 remain")', () => {
    const v = verdicts(page('Palmyra retaken', [
      'A suicide bomber struck a crowded park, killing at least 50 people, the police said.',
      'Most of the town’s residents fled before the assault; fewer than 1,000 remain.',
      'At least 380 jihadists and some 180 soldiers died in the battle for Palmyra.',
    ]));
    expect([v['at least 50 people'], v['fewer than 1,000 remain']]).toEqual(['unrelated', 'unrelated']);
    expect(v['At least 380 jihadists']).toBe('supported is-killed-palmyra');
  });

  it('dates what happened between two other places as theirs ("les villages repris jeudi entre Makhmour et Qayyarah")', () => {
    const v = verdicts(page('Palmyre reprise', ['Les forces irakiennes sécurisent les quatre villages repris jeudi entre Makhmour et Qayyarah.']));
    expect(v['repris jeudi'] ?? v['jeudi']).toBe('unrelated');
    // Between a date and another, "entre" is no place: "entre le 20 et le 27 mars".
    const w = verdicts(page('Palmyre reprise', ['Selon Moscou, les avions russes ont effectué 40 sorties au-dessus de Palmyre entre le 26 et le 27 mars.']));
    expect(w['40 sorties']).toBe('supported russian-sorties');
  });

  it('reads what a fact list’s label says started at a date given with "since" alone', () => {
    const fr = verdicts(page('Palmyre en chiffres', ['Frappes aériennes russes en Syrie : depuis le 30 septembre 2015', 'Trêve entre le régime et les rebelles : depuis le 27 février'], '2016-04-12'));
    expect([fr['30 septembre 2015'], fr['27 février']]).toEqual(['supported russian-intervention-start', 'supported truce-start']);
    const en = verdicts(page('Palmyra in numbers', ['Russian air strikes in Syria: since 30 September 2015'], '2016-04-12'));
    expect(en['30 September 2015']).toBe('supported russian-intervention-start');
    // A label that names no event leaves the date to its own words.
    expect(verdicts(page('Palmyre en chiffres', ['Palmyre : depuis le 27 mars'], '2016-04-12'))['27 mars']).toBe('unrelated');
  });

  it('takes a timestamp before a live blog’s entry for no "Date" label', () => {
    const v = verdicts(page('Palmyra back in government hands – live', ["20:40 That's where we'll leave our coverage for today."], '2016-03-27'));
    expect(v['today']).toBe('unrelated');
    // (A fact box's "Date" row still dates the page's event: 'reads a fact box's "Date" row' below.)
  });

  it('reads the one-word label of an item of a brief as what the item is about ("Lahore: …")', () => {
    const v = verdicts(page('Morning briefing', [
      "Brussels: the toll from last Tuesday's bombings stands at 35.",
      "Lahore: Pakistan says 72 people were killed in Sunday's park bombing.",
      "Update: the monitor raised the jihadists' toll in Palmyra to 417.",
    ]));
    expect([v['last Tuesday'], v['Sunday']]).toEqual(['supported brussels-attacks-date', 'unrelated']);
    expect(v['417']).toBe('contradicted is-killed-palmyra');
    // A heading's theme is no place: "Patrimoine : ce qui reste de la cité vieille de 2 000 ans".
    const w = verdicts(page('Syrie : Palmyre reprise', [{ text: 'Patrimoine : ce qui reste de la cité vieille de 2 000 ans', region: 'heading' }, 'Les ruines de Palmyre ont souffert.']));
    expect(w['2 000 ans']).toBe('supported palmyra-age');
  });

  it('dates the recapture of another town named as its passive subject, not Palmyra’s', () => {
    const v = verdicts(page('Palmyre en chiffres', ["Al-Qaryatain reprise par l'armée le 3 avril.", "Palmyre reprise par l'armée le 27 mars."], '2016-04-12'));
    expect([v['3 avril'], v['27 mars']]).toEqual(['unrelated', 'supported recapture-date']);
  });

  it('takes a window of named days for those days only: a day earlier is another 24 hours', () => {
    const en = verdicts(page('Palmyra retaken', ['Moscow said its aircraft flew 40 sorties around Palmyra between Friday and Saturday.'], '2016-03-27'));
    expect(en['40 sorties']).toBe('unrelated');
    const fr = verdicts(page('Palmyre reprise', ['Selon Moscou, 40 sorties ont été menées autour de Palmyre entre vendredi et samedi.'], '2016-03-27'));
    expect(fr['40 sorties']).toBe('unrelated');
    // Counted back from the page's own time, a day's slack: a page of the next morning.
    const now = verdicts(page('Palmyra retaken', ['Russian jets flew 40 sorties around Palmyra in the past 24 hours, Moscow said.'], '2016-03-28'));
    expect(now['40 sorties']).toBe('supported russian-sorties');
  });

  it('reads a night or a weekend of the battle as a part of it, not its period', () => {
    const night = verdicts(page('Palmyre reprise', ["L'armée a annoncé dimanche la reprise de Palmyre, après de durs combats dans la nuit de samedi à dimanche."], '2016-03-27'));
    expect(Object.entries(night).filter(([k]) => k.includes('samedi')).map(([, v]) => v)).toEqual(['unrelated']);
    const weekend = verdicts(page('Palmyra retaken', ['Fighting around Palmyra raged from Saturday to Sunday before the army moved in.'], '2016-03-27'));
    expect(Object.entries(weekend).filter(([k]) => k.includes('Saturday')).map(([, v]) => v)).toEqual(['unrelated']);
    // Another outlet's dating of the whole battle is still checked.
    const period = verdicts(page('Palmyre reprise', ["L'offensive de l'armée pour reprendre Palmyre s'est déroulée du 9 au 27 mars."], '2016-03-28'));
    expect(Object.values(period)).toContain('contradicted offensive-start');
  });

  it('does not carry the place in focus into a sentence that opens on "Elsewhere" / "Ailleurs"', () => {
    const en = verdicts(page('Palmyra, a year on', ['A year ago the army retook Palmyra from IS.', 'Elsewhere, the group lost almost a fifth of its land last year.'], '2017-03-27'));
    expect(en['last year']).toBe('unrelated');
    const fr = verdicts(page('Palmyre reprise', ['L’armée a repris Palmyre dimanche.', 'Ailleurs, les jihadistes ont perdu 400 combattants en vingt jours.']));
    expect(fr['400 combattants']).toBe('unrelated');
    // "Par ailleurs", "D'ailleurs" (besides) stay with the place in focus.
    const besides = verdicts(page('Palmyre reprise', ['L’armée a repris Palmyre dimanche.', 'Par ailleurs, 400 jihadistes ont été tués en vingt jours, selon l’OSDH.']));
    expect(besides['400 jihadistes']).toBe('supported is-killed-palmyra');
  });

  it('reads the battle’s length in other words for it: clashes, an advance, "it took them"', () => {
    const fr = verdicts(page('Palmyre reprise', ["Au bout de vingt jours d'affrontements, l'EI a été chassé de Palmyre.", 'Après près de trois semaines de progression dans le désert, les troupes sont entrées dans Palmyre.']));
    expect([fr['vingt jours'], fr['près de trois semaines']]).toEqual(['supported battle-duration', 'supported battle-duration']);
    const en = verdicts(page('Palmyra retaken', ['How did the army retake Palmyra? It took them some twenty days, with Russian air cover.', 'After a three-week advance across the desert, troops entered Palmyra.']));
    expect([en['some twenty days'], en['three-week']]).toEqual(['supported battle-duration', 'supported battle-duration']);
    // Clashes elsewhere are not the battle: a place opening the segment says where.
    const other = verdicts(page('Palmyra retaken', ['Near Aleppo, rebels and troops fought ten days of clashes over a hill.']));
    expect(other['ten days']).toBe('unrelated');
    const aleppo = verdicts(page('Palmyra retaken', ['The truce is fraying elsewhere: near Aleppo, at least 25 pro-government fighters died in clashes with rebels.']));
    expect(aleppo['at least 25 pro']).toBe('unrelated');
    // Not where a source speaks, nor before a place of the reference.
    const beijing = verdicts(page('Palmyre reprise', ["À Pékin, l'agence Chine nouvelle, qui cite la même ONG, retient 180 militaires tués dans la bataille de Palmyre."]));
    expect(beijing['180 militaires']).toBe('contradicted pro-regime-killed-palmyra');
    const europe = verdicts(page('Palmyra retaken', ['In Europe, the memory of the Brussels bombings, which killed 32 people, still weighs on the debate.']));
    expect(europe['32 people']).toBe('contradicted brussels-killed');
  });

  it('follows the text back to the page’s place in a sentence that recalls its past, not in a comparison', () => {
    const back = verdicts(page('Palmyra is a victory, not a strategy', [
      'Four months earlier, gunmen and bombers killed 130 people in Paris.',
      'On Sunday came better news. Syrian troops walked back into Palmyra, the oasis city IS had seized in May 2015. The monitor counted at least 400 jihadists killed.',
    ]));
    expect(back['at least 400 jihadists']).toBe('supported is-killed-palmyra');
    const fr = verdicts(page('Palmyre, une victoire', [
      'Quatre mois plus tôt, des commandos avaient tué 130 personnes à Paris.',
      "Les troupes syriennes sont rentrées dans Palmyre, l'oasis dont l'EI s'était emparé en mai 2015. L'OSDH a compté au moins 400 jihadistes tués.",
    ]));
    expect(fr['au moins 400 jihadistes']).toBe('supported is-killed-palmyra');
    // A comparison that names the place after the past it recalls leaves the focus where it was.
    const kobane = verdicts(page('Palmyra is a victory, not a strategy', [
      'The comparison with Kobane is instructive. There, the group abandoned its siege in January 2015 after more than four months, yet it went on to take Palmyra itself a few months later. Ramadi offers a different lesson: IS is believed to have left behind no more than 400 fighters to defend it.',
    ]));
    expect(kobane['no more than 400 fighters']).toBe('unrelated');
  });

  it('does not count the side that kills among the dead ("IS put to death 280 people")', () => {
    const v = verdicts(page('Palmyra retaken', ['The monitor says IS put to death more than 280 people in Palmyra while it held the city.']));
    expect(v['more than 280 people']).toBe('unrelated');
    const fr = verdicts(page('Palmyre reprise', ["À Palmyre, l'armée a tué 400 jihadistes en 20 jours de combats, selon l'OSDH."]));
    expect(fr['400 jihadistes']).toBe('supported is-killed-palmyra');
  });

  it('continues no count of things with a count of people ("struck 117 targets, killing 80 fighters")', () => {
    const fr = verdicts(page('Palmyre reprise', ["Les avions de Moscou ont touché 117 cibles, éliminant plus de 80 combattants, selon le ministère russe."]));
    expect([fr['117 cibles'], fr['plus de 80 combattants']]).toEqual(['supported russian-targets', 'unrelated']);
    const en = verdicts(page('Palmyra retaken', ['Russian jets hit 117 targets around Palmyra, taking out over 80 fighters.']));
    expect([en['117 targets'], en['over 80 fighters']]).toEqual(['supported russian-targets', 'unrelated']);
    // Things after things still share the verb.
    const things = verdicts(page('Palmyra retaken', ['Russian aircraft flew 40 sorties and struck 117 targets in the last 24 hours.']));
    expect(things['117 targets']).toBe('supported russian-targets');
  });

  it('reads a phrasal verb split by its object ("pushed the Islamic State out of Palmyra")', () => {
    const v = verdicts(page('Palmyra retaken', ['Last Sunday, government forces backed by Russian jets pushed the Islamic State out of Palmyra.'], '2016-03-31'));
    expect(v['Last Sunday']).toBe('supported recapture-date');
  });

  it("reads 'took effect' as a truce's start, not a capture's 'took'", () => {
    const v = verdicts(page('Palmyra retaken', ['The monitor credits the cessation of hostilities that took effect on 27 February between the regime and the rebels.']));
    expect(v['27 February']).toBe('supported truce-start');
    const fr = verdicts(page('Palmyre reprise', ["La cessation des hostilités, entrée en vigueur le 27 février, a permis à l'armée de se concentrer sur Palmyre."]));
    expect(fr['27 février']).toBe('supported truce-start');
  });

  it("keeps a place of the figure's own phrase as its event, beside a place elsewhere in the sentence", () => {
    const v = verdicts(page('Palmyra retaken', ["IS, also facing an offensive towards Mosul, claimed Tuesday's attacks in Brussels, which killed 31 people, four months after the Paris attacks that left 130 dead."]));
    expect(v['130 dead']).toBe('supported paris-killed');
    expect(v['31 people']).toBe('supported brussels-killed');
  });

  it('reads a revised tally named by its own word as the count it revises', () => {
    const v = verdicts(page('Palmyre, un mois après', ["La bataille avait coûté la vie à quelque 400 combattants de l'EI, selon l'OSDH, qui a depuis relevé son bilan à 417."], '2016-04-22'));
    expect(v['417']).toBe('contradicted is-killed-palmyra');
  });

  it("names Palmyra by the periphrases outlets use ('la cité de Zénobie', 'the Pearl of the Desert')", () => {
    const v = verdicts(page('Éditorial', ['La cité de Zénobie, vieille de deux millénaires, a été reprise dimanche.']));
    expect(v['deux millénaires']).toBe('supported palmyra-age');
    expect(v['dimanche']).toBe('supported recapture-date');
  });

  it('reads a city that changed hands as taken, and how long it has stood as its age', () => {
    const v = verdicts(page("Palmyra's liberators", ['A city that has stood for two thousand years changed hands again on Sunday.']));
    expect(v['Sunday']).toBe('supported recapture-date');
    expect(v['two thousand years']).toBe('supported palmyra-age');
  });

  it("reads a chronology's line past the nouns its fronted phrase joins", () => {
    const v = verdicts(page('Palmyre, deux ans de chronologie', ["7 mars 2016 – Appuyée par l'aviation et les forces spéciales russes, l'armée lance sa contre-offensive."], '2017-05-21'));
    expect(v['7 mars 2016']).toBe('supported offensive-start');
    // An aside between two commas joins its nouns with "and" too.
    const en = verdicts(page('Syria: five years of war', ['27 March 2016 — Syrian troops, with Russian jets and special forces behind them, push IS out of Palmyra.'], '2021-03-15'));
    expect(en['27 March 2016']).toBe('supported recapture-date');
  });

  it('reads a revised tally whose counts name only whose dead they are', () => {
    const v = verdicts(
      page('Palmyre', [
        "Au soir de la reprise de Palmyre, l'OSDH avance un bilan de 400 djihadistes et de 188 membres des forces loyalistes tués. L'ONG révise ensuite ces chiffres à au moins 417 djihadistes et au moins 194 loyalistes.",
        'The monitor first counted 400 IS fighters killed in Palmyra; it later revised its figures to 417 jihadists.',
      ]),
    );
    expect(v['au moins 417 djihadistes']).toBe('contradicted is-killed-palmyra');
    expect(v['au moins 194 loyalistes']).toBe('contradicted pro-regime-killed-palmyra');
    expect(v['417 jihadists']).toBe('contradicted is-killed-palmyra');
    // Without a word of revision, a side alone says nothing of what is counted.
    expect(verdicts(page('Palmyre', ["L'OSDH compte 400 djihadistes tués. Sur place, 417 djihadistes attendaient les bus."]))['417 djihadistes']).toBe('unrelated');
  });

  it("dates a sentence's main clause from its opening date, past the subject's asides", () => {
    const v = verdicts(
      page('Palmyre, un an après', [
        "Le 27 mars 2016, les mêmes forces, déjà épaulées par l'aviation russe, avaient chassé l'EI de la ville.",
        'On 26 March, the troops, backed by Russian jets and militias, drove IS out of the city.',
      ]),
    );
    expect(v['27 mars 2016']).toBe('supported recapture-date');
    expect(v['26 March']).toBe('contradicted recapture-date');
  });

  it('compares a toll that takes in or leaves out attackers only with an entry whose count does the same', () => {
    const v = verdicts(
      page('Terror in Europe', [
        'The Paris attacks of November killed 137 people, including the seven gunmen and bombers.',
        'In Paris, 130 people lost their lives in the November attacks, not counting the attackers.',
        'Les attentats de Bruxelles ont fait 32 morts, sans compter les trois kamikazes.',
        'The Brussels attacks killed 35 people, a figure that includes the three bombers.',
        'The Paris attacks killed 129 people, among them many young concert-goers.',
      ]),
    );
    // Paris's 130 leave the attackers out (the entry's `excludes`).
    expect(v['137 people']).toBe('unrelated');
    expect(v['130 people']).toBe('supported paris-killed');
    // Brussels's 31 say nothing of leaving anyone out.
    expect(v['32 morts']).toBe('unrelated');
    expect(v['35 people']).toBe('contradicted brussels-killed');
    expect(v['129 people']).toBe('contradicted paris-killed');
  });

  it('reads the people a count leaves out as a count of their own, which the next toll does not continue', () => {
    const v = verdicts(
      page('Counting the dead', [
        'In Brussels, the crisis centre spoke on Sunday of 28 dead, a number that left out the three suicide bombers of the attacks. By Monday the health minister said the toll had reached 35.',
      ], '2016-03-30'),
    );
    expect(v['28 dead']).toBe('unrelated');
    expect(v['three suicide']).toBe('unrelated');
    expect(v['35']).toBe('contradicted brussels-killed');
  });

  it('takes a retrospective page back to the day "a year ago today" names, and on in the order its story is told', () => {
    const v = verdicts(
      page('Palmyra, a year later', [
        'A year ago today, Syrian troops backed by Russian jets drove the jihadists out of Palmyra. Some 400 of the militants had been killed in three weeks of combat.',
        'IS took the town back in December, and the army retook it again on 2 March.',
      ], '2017-03-27'),
    );
    expect(v['A year ago today']).toBe('supported recapture-date');
    expect(v['Some 400 of the militants']).toBe('supported is-killed-palmyra');
    // The March after that December: another recapture than the reference's.
    expect(v['2 March']).toBe('unrelated');
  });

  it('leaves a toll dated by another year, or a count of executions, unrelated to the battle', () => {
    const v = verdicts(
      page('Palmyre, une cité martyre', [
        'En 2015, les jihadistes ont tué 25 soldats dans le théâtre antique de Palmyre.',
        "Quelques semaines après la prise de Palmyre, l'EI diffusait la mise à mort de vingt-cinq soldats.",
        'In May 2015, IS fighters killed some 280 soldiers and civilians in and around Palmyra.',
      ]),
    );
    expect(v['25 soldats']).toBe('unrelated');
    expect(v['vingt-cinq soldats']).toBe('unrelated');
    expect(v['some 280 soldiers']).toBe('unrelated');
  });

  it("ranks the place in focus, not the one the rank is compared with", () => {
    const v = verdicts(
      page('Syrian army retakes Palmyra', [
        'Government forces retook Palmyra from IS on Sunday. The city is the jihadists\' second big loss in Syria, after Kurdish militias drove them out of Kobane.',
        'Kobane was the first big defeat of the group in Syria, and Palmyra is its third, an analyst said.',
      ]),
    );
    expect(v['second big loss']).toBe('supported is-defeat-rank');
    // Named before the rank, the places are what it is about.
    expect(v['first big defeat']).toBe('unrelated');
  });

  it('reads a distance apposed to another place as where that place lies', () => {
    const v = verdicts(
      page('Palmyre reprise', [
        "L'armée doit déloger l'EI d'Al-Alianiyé, plus au sud, avant de marcher sur Deir Ezzor, à quelque 200 kilomètres au nord-est.",
        "Il lui faudra d'abord reprendre Al-Qaryatayn, à une centaine de kilomètres à l'ouest, puis Al-Alianiyé.",
        "Al-Alianiyé, à 90 km au sud, sera la prochaine cible.",
      ]),
    );
    expect(v['quelque 200 kilomètres']).toBe('unrelated');
    expect(v['une centaine de kilomètres']).toBe('unrelated');
    expect(v['90 km']).toBe('contradicted al-alianiye-distance');
  });

  it('reads a side named far after "épaulée par" as a supporter, not who retook the town', () => {
    const v = verdicts(page('Palmyre reprise une seconde fois', ["Le 27 mars 2016, l'armée, épaulée par l'aviation et les forces spéciales russes, avait chassé l'EI de la ville."], '2017-03-03'));
    expect(v['27 mars 2016']).toBe('supported recapture-date');
  });

  it('reads a place before a verb of saying as where the speaker is, not where the dead fell', () => {
    const v = verdicts(
      page('The battle for Palmyra', [
        'The army retook Palmyra on Sunday. A monitoring group in Britain counts 400 jihadists dead.',
        'Meanwhile air strikes in Raqqa killed 380 jihadists.',
      ]),
    );
    expect(v['400 jihadists']).toBe('supported is-killed-palmyra');
    expect(v['380 jihadists']).toBe('unrelated');
  });

  it('reads a game won on a day as no recapture of the town', () => {
    const v = verdicts(page('Palmyra Cougars reach the state semi-finals', ['The Cougars are in the last eight. Their district title, won 40-31 over Cedar Crest on March 7 at the arena, was the first since 1989.'], '2016-03-29'));
    expect(v['March 7']).toBe('unrelated');
  });

  it("continues a tally's side unless its sentence turns to the other side first", () => {
    const v = verdicts(
      page('Palmyra retaken', [
        'The Observatory counted 400 IS militants killed in the battle for Palmyra. On the government side the same monitor puts the dead at 188.',
        'The Observatory counted 400 IS fighters killed in Palmyra. An army statement later settled on a figure of 450.',
      ]),
    );
    expect(v['188']).not.toBe('contradicted is-killed-palmyra');
    expect(v['450']).toBe('contradicted is-killed-palmyra');
  });

  it('opens a section on the place its heading names, though the reference has no name for it', () => {
    const fr = verdicts(
      page('Le monde ce lundi', [
        { text: "Syrie : l'armée reprend Palmyre", region: 'heading' },
        "L'armée syrienne a repris dimanche Palmyre à l'EI. Au moins 400 jihadistes ont été tués.",
        { text: 'Pakistan : carnage dans un parc de Lahore le jour de Pâques', region: 'heading' },
        "Au moins 72 personnes ont été tuées hier soir dans un attentat-suicide commis à l'entrée d'un parc, à Lahore. Plus de 340 blessés ont été pris en charge.",
      ]),
    );
    expect(fr['hier']).toBe('unrelated');
    expect(fr['Plus de 340 blessés']).toBe('unrelated');
    // A name opening a heading before its colon is where a paper is, in a press review: not the section's place.
    const review = verdicts(page('Revue de presse : Palmyre reprise', [{ text: 'Dubaï : les civils oubliés', region: 'heading' }, "Le quotidien note que l'armée a repris la ville dimanche."]));
    expect(review['dimanche']).toBe('supported recapture-date');
    // A heading on the reference's own events keeps them.
    const back = verdicts(page('Palmyre et Lahore, ce lundi', ['Lahore a enterré ses morts.', { text: 'Syrie : retour à Palmyre', region: 'heading' }, "L'armée a repris la ville dimanche."]));
    expect(back['dimanche']).toBe('supported recapture-date');
  });

  it("reads a bare count with a source of its own as that source's value of the tally before it", () => {
    const fr = verdicts(page('Palmyre, repères', ["Bilan : plus de 400 jihadistes tués selon l'OSDH, 450 selon l'armée syrienne."]));
    expect(fr['450']).toBe('contradicted is-killed-palmyra');
    const en = verdicts(page('Palmyra, key facts', ['The monitor counted 400 IS fighters killed in Palmyra, 450 according to the army.']));
    expect(en['450']).toBe('contradicted is-killed-palmyra');
  });

  it('reads no label in a clause that ends on its verb before a colon', () => {
    const v = verdicts(page('Your morning briefing', ['Palmyra is back in government hands. If you feel you have lost an hour, you have: the clocks went forward on Sunday.']));
    expect(v['Sunday']).toBe('unrelated');
    // A label proper still says what its date is of.
    const fr = verdicts(page('Palmyre : les dates', ['Reprise de Palmyre : dimanche 27 mars.']));
    expect(fr['dimanche 27 mars']).toBe('supported recapture-date');
  });

  it('reads troops marching or rolling into the town as its recapture', () => {
    const v = verdicts(
      page('Palmyra back in government hands', [
        'Syrian troops marched into Palmyra on Sunday after IS fighters pulled out.',
        'Army tanks rolled into the town on Monday, state media said.',
      ]),
    );
    expect(v['Sunday']).toBe('supported recapture-date');
    expect(v['Monday']).toBe('contradicted recapture-date');
  });

  it('ranks a defeat through an ordinal that stands for the noun said before it', () => {
    const v = verdicts(
      page('Palmyre reprise par l’armée', [
        "L'armée a repris Palmyre dimanche. Pour l'EI, ce revers est le deuxième de cette ampleur en Syrie, après celui de Kobané.",
        'This setback is the third for IS in Syria, an analyst said.',
        // An ordinal standing for something that is no defeat.
        'Two convoys left Homs; the second reached Palmyra at dawn.',
      ]),
    );
    expect(v['deuxième']).toBe('supported is-defeat-rank');
    expect(v['third']).toBe('contradicted is-defeat-rank');
    expect(v['second']).toBeUndefined();
  });

  it('compares the date the UN hopes or sets for the next round of talks, not one they opened on', () => {
    const v = verdicts(
      page('Syrie : la diplomatie reprend', [
        "Les Nations unies espèrent relancer les discussions de Genève vers le 9 ou le 10 avril.",
        "L'émissaire de l'ONU a finalement fixé au mercredi 13 avril la reprise des négociations de Genève.",
        'The UN had hoped to bring both sides back to Geneva around 9 or 10 April.',
        'The first round of the Geneva talks opened on 14 March.',
      ], '2016-04-08'),
    );
    expect(v['9 ou le 10 avril']).toBe('supported next-round-date');
    expect(v['mercredi 13 avril']).toBe('contradicted next-round-date');
    expect(v['9 or 10 April']).toBe('supported next-round-date');
    expect(v['14 March']).toBe('unrelated');
  });

  it('starts a section at the page’s places, unless its heading names another', () => {
    const v = verdicts(
      page('Palmyre : les démineurs russes à pied d’œuvre', [
        'Le gouverneur de la province de Homs affirme que les jihadistes avaient posé des milliers de mines dans la ville.',
        { text: 'Retour sur la reconquête', region: 'heading' },
        "L'offensive lancée le 7 mars par l'armée avait duré vingt jours, et quelque 400 jihadistes y ont trouvé la mort.",
        { text: 'À Bruxelles', region: 'heading' },
        'Le bilan des attentats reste de 31 morts.',
      ]),
    );
    expect(v['7 mars']).toBe('supported offensive-start');
    expect(v['vingt jours']).toBe('supported battle-duration');
    expect(v['quelque 400 jihadistes']).toBe('supported is-killed-palmyra');
    expect(v['31 morts']).toBe('supported brussels-killed');
  });

  it('reads a clause that ends on a date before a dash as the date’s, and a chronology line by what follows its dash', () => {
    const v = verdicts(
      page('Palmyra retaken', [
        'The monitor said 400 IS fighters had died since the offensive began on March 7 — the heaviest losses the group has suffered since it emerged in Syria\'s war.',
        { text: 'March 27 — Government forces retake Palmyra.', region: 'main' },
      ]),
    );
    expect(v['March 7']).toBe('supported offensive-start');
    expect(v['March 27']).toBe('supported recapture-date');
  });

  it('knows the few who fight on by how outlets say it', () => {
    const v = verdicts(
      page('Palmyre reprise', [
        "Selon l'OSDH, une poignée d'irréductibles continuait de se battre près de l'aéroport de Palmyre.",
        'A handful of militants wanted to keep fighting on the edge of Palmyra, the monitor said.',
        'In Aleppo, dozens of rebels vowed to keep fighting.',
      ]),
    );
    expect(v["une poignée d'irréductibles"]).toBe('supported is-fighters-left');
    expect(v['handful of militants']).toBe('supported is-fighters-left');
    expect(v['dozens of rebels']).toBe('unrelated');
  });

  it('dates the clause a relative clause interrupts', () => {
    const v = verdicts(
      page('Palmyra', [
        'IS fighters had overrun the oasis town, whose ruins go back two thousand years, in May last year.',
        'Government troops retook the city, where IS had blown up the Temple of Bel, on Sunday.',
      ]),
    );
    expect(v['May last year']).toBe('supported is-capture-date');
    expect(v['Sunday']).toBe('supported recapture-date');
  });

  it('dates the Russian intervention however its start is told', () => {
    const v = verdicts(
      page('Palmyre reprise', [
        "Damas n'avait plus gagné aussi nettement depuis que l'aviation russe est venue à son secours, à la fin septembre 2015.",
        "C'est le gain le plus net du régime depuis l'entrée en scène des avions russes, à l'automne 2015.",
        'It is the regime’s biggest gain since Russian jets came to its rescue in late September 2015.',
      ]),
    );
    expect(v['fin septembre 2015']).toBe('supported russian-intervention-start');
    expect(v['late September 2015']).toBe('supported russian-intervention-start');
  });

  it('reads year-less dates in the year a page written years later has gone back to', () => {
    const v = verdicts(
      page('Palmyre, cinq ans après', [
        "Le 27 mars 2016, l'armée syrienne chassait l'EI de Palmyre.",
        "L'offensive avait débuté le 7 mars, et quelque 400 jihadistes avaient été tués en trois semaines.",
        'Neuf mois plus tard, le 11 décembre, les jihadistes reprenaient la ville.',
      ], '2021-03-27'),
    );
    expect(v['7 mars']).toBe('supported offensive-start');
    expect(v['quelque 400 jihadistes']).toBe('supported is-killed-palmyra');
    expect(v['11 décembre']).toBe('unrelated');
  });

  it('reads the figures after a colon that break down a count as parts, not as counts the clause labels', () => {
    const v = verdicts(
      page('Bruxelles, une semaine après', [
        "Sur les 340 blessés des attentats de Bruxelles, 94 étaient encore hospitalisés mardi : 90 en Belgique et quatre à l'étranger.",
        'Blessés des attentats de Bruxelles : 340.',
      ]),
    );
    expect(v['90']).toBe('unrelated');
    expect(v['quatre']).toBe('unrelated');
    expect(v['340']).toBe('supported brussels-injured');
  });

  it('does not let a loose value pick one of several facts it fits', () => {
    const v = verdicts(
      page('La bataille de Palmyre', [
        'Vingt jours de combats à Palmyre, des centaines de morts : la bataille a été meurtrière.',
        'Selon l’OSDH, des centaines de jihadistes sont morts à Palmyre.',
      ]),
    );
    expect(v['des centaines de morts']).toBe('unrelated');
    expect(v['des centaines de jihadistes']).toBe('supported is-killed-palmyra');
  });

  it('never says the day of a statement differs from the day of what it reports', () => {
    const v = verdicts(page('Brussels toll', ['On Tuesday prosecutors clarified that the 35 included the attackers of the Brussels attacks.'], '2016-03-30'));
    expect(v['Tuesday']).toBe('unrelated');
    // The same day may still match: "On Sunday state TV announced that the army had retaken Palmyra".
    const same = verdicts(page('Palmyra', ['On Sunday, state television announced that the army had retaken Palmyra.']));
    expect(same['Sunday']).toBe('supported recapture-date');
  });

  it("does not say a figure differs when the place named nearest it is another of the reference's", () => {
    const v = verdicts(page('IS in retreat', ['Palmyra is the group’s second major defeat in Syria, after Kobani, the Kurdish border town it failed to take despite a four-month siege.']));
    expect(v['four-month']).toBe('unrelated');
    // A distance is measured from a place it names: "about 50 km south of Palmyra" is al-Alianiyah's.
    const d = verdicts(page('Palmyra retaken', ['The next target is the village of al-Alianiyah, about 50 km south of Palmyra.']));
    expect(d['about 50 km']).toBe('contradicted al-alianiye-distance');
  });

  it("places a figure by the places of its own clause, not of the clause coordinated before it", () => {
    const v = verdicts(page('Palmyra retaken', ['The Observatory says IS commanders in Raqqa ordered the withdrawal but that a handful of fighters are still resisting.', 'Separately, the army fought in Raqqa and 12 fighters died there.']));
    expect(v['handful of fighters']).toBe('supported is-fighters-left');
    expect(v['12 fighters']).toBe('unrelated');
  });

  it('reads the few who refuse to leave as the fighters left, whatever verb follows their noun', () => {
    const v = verdicts(page('Palmyra retaken', ['Most IS fighters withdrew towards al-Sukhna, but a handful were refusing to leave Palmyra.', "Une poignée de combattants de l'EI refusaient encore de quitter Palmyre."]));
    expect(v['handful']).toBe('supported is-fighters-left');
    expect(v['Une poignée de combattants']).toBe('supported is-fighters-left');
  });

  it('dates the recapture told from the side that lost it', () => {
    const v = verdicts(page('Islamic State in retreat', ['Elsewhere, IS lost Palmyra on Sunday.', "La défaite de l'EI à Palmyre, samedi, a surpris."], '2016-03-29'));
    expect(v['Sunday']).toBe('supported recapture-date');
    expect(v['samedi']).toBe('contradicted recapture-date');
    // Another place's defeat keeps its own date.
    expect(verdicts(page('IS in retreat', ['Its first big defeat came at Kobane in January 2015.']))['January 2015']).not.toMatch(/recapture-date/);
  });

  it("reads a fact box's row header as the side of every line of its cell, and a parenthesis as a count's days", () => {
    const v = verdicts(
      page('Palmyra offensive (March 2016)', [
        'Casualties (pro-government) | 188 killed (per SOHR)\n195 killed (later count)',
        'Casualties (Islamic State) | 417 killed (per SOHR)\n500+ killed (per Russia, for 20–27 March)',
      ]),
    );
    expect(v['195 killed']).toBe('contradicted pro-regime-killed-palmyra');
    expect(v['417 killed']).toBe('contradicted is-killed-palmyra');
    // A count over the last week of the battle is not its toll.
    expect(v['500+ killed']).toBe('unrelated');
    const fr = verdicts(page('Offensive de Palmyre (2016)', ['Pertes (armée et alliés) | au moins 194 loyalistes\n188 morts (OSDH, 27 mars)']));
    expect(fr['au moins 194 loyalistes']).toBe('contradicted pro-regime-killed-palmyra');
  });

  it('dates the first day of an offensive by a verb that begins it', () => {
    const v = verdicts(page('Palmyre', ["Certains médias font débuter l'offensive sur Palmyre le 9 mars.", "L'offensive sur Palmyre a commencé le 7 mars."]));
    expect(v['9 mars']).toBe('contradicted offensive-start');
    expect(v['7 mars']).toBe('supported offensive-start');
    // Bombing that begins is not the ground offensive.
    expect(verdicts(page('Palmyra', ['Russian jets began bombing IS positions around Palmyra on March 9.']))['March 9']).toBe('unrelated');
  });
  it('reads a date in apposition with its source, and a colon after a long clause as no label', () => {
    const v = verdicts(
      page('Palmyre reprise', [
        "Depuis le lancement de l'offensive, le 9 mars selon l'armée russe, le prix payé est lourd : l'OSDH compte 188 morts dans les rangs prorégime.",
        'Since the launch of the offensive, on March 7 according to the monitor, the army has lost 188 men.',
      ]),
    );
    expect(v['9 mars']).toBe('contradicted offensive-start');
    expect(v['March 7']).toBe('supported offensive-start');
  });
  it("reads a second source's date for the same event: 'whereas the monitor gives March 7'", () => {
    const v = verdicts(page('Palmyra retaken', ['Some reports put the start of the Palmyra offensive on March 9, whereas the monitor gives March 7.']));
    expect(v['March 9']).toBe('contradicted offensive-start');
    expect(v['March 7']).toBe('supported offensive-start');
    const said = verdicts(page('Palmyra retaken', ['The Palmyra offensive began on March 7, while officials said on March 24 that the army was nearing the citadel.']));
    expect(said['March 24']).toBe('unrelated');
  });
  it('allows a day either side of an approximate reference date', () => {
    expect(verdicts(page('Geneva talks', ['The UN hopes talks will resume in Geneva on April 11.']))['April 11']).toBe('supported next-round-date');
  });
});

describe('numbers that are not claims', () => {
  it.each([
    'Contact: 01 23 45 67 89 or +33 1 23 45 67 89, (555) 123-4567.',
    'Le match s’est terminé sur le score de 2-1, à 10h30.',
    'Prix : 4,99 € ou $170m, voir page 12 et le n° 0442187.',
    'The Euro 2016 squad was named; alert(1) and note[3] are code.',
  ])('%s', (text) => {
    const claims = analyzePage(page('Palmyra', [text]), ref).claims;
    expect(claims.map((c) => c.text)).toEqual([]);
  });

  it('skips reference marks in square brackets, not the figures they follow', () => {
    const fr = analyzePage(page('Palmyre', ["Pertes : au moins 417 morts [2], selon l'OSDH [3]."]), ref).claims;
    expect(fr.map((c) => c.text)).toEqual(['au moins 417 morts']);
    const en = analyzePage(page('Palmyra', ['Casualties: 188 killed (SOHR) [3] and [12] more in hospital.']), ref).claims;
    expect(en.map((c) => c.text)).toEqual(['188 killed']);
  });
});

describe('dates', () => {
  it('resolves year-less dates against the page date', () => {
    const v = verdicts(page('Palmyre', ["L'offensive sur Palmyre, lancée le 9 mars, a duré vingt jours."], '2016-03-28'));
    expect(v['9 mars']).toBe('contradicted offensive-start');
  });
  it('checks a period by its first and last day', () => {
    const v = verdicts(page('Bataille de Palmyre', ['Période de la bataille : du 7 au 27 mars 2016.']));
    expect(v['7 au 27 mars 2016']).toMatch(/^supported/);
  });
  it('does not check a dateline', () => {
    const v = verdicts(page('Palmyra retaken', ['DAMASCUS, March 27 (World Wire) - Syrian troops recaptured Palmyra on Sunday.', 'PARIS, 27 mars 2016 (AFP) - Les troupes syriennes ont repris Palmyre.']));
    // The weekday dates the recapture; the datelines date the reports.
    expect(v).toEqual({ Sunday: 'supported recapture-date' });
  });
  it('does not check a publication date', () => {
    const claims = analyzePage(
      { title: 'Palmyra', published: '2016-03-27', blocks: [{ text: 'By Staff · March 27, 2016', region: 'boilerplate' }, { text: 'The army retook Palmyra.', region: 'main' }] },
      ref,
    ).claims;
    expect(claims).toEqual([]);
  });
});

describe('a date a pronoun gives to the clause before', () => {
  it.each([
    ["The monitor calls it IS's worst loss since the group emerged in the Syrian conflict, and that was back in 2013.", '2013'],
    ["C'est la pire perte de l'EI depuis son apparition dans le conflit syrien, c'était en 2013.", '2013'],
  ])('%s', (sentence, text) => {
    const c = claimOf(analyzePage(page('Palmyra retaken', [sentence]), ref).claims, text);
    expect([c.verdict, c.match?.entryId]).toEqual(['supported', 'is-emergence-year']);
  });
  it.each([
    // Too many words between the copula and the date: it dates something else.
    ['The group emerged in the Syrian conflict, and that was a shock to everyone in 2013.'],
    // No clause before to give it to.
    ['It was back in 2013.'],
  ])('%s: no event', (sentence) => {
    expect(claimOf(analyzePage(page('Palmyra retaken', [sentence]), ref).claims, '2013').verdict).toBe('unrelated');
  });
});

describe('the place and time a page is about', () => {
  it('keeps a place recalled from before the events a recall when it is named again without a date', () => {
    const recalled = page('Palmyra retaken', [
      "It is only the second defeat IS has suffered in Syria, after Kobane early last year. Kobane was the Kurds with American air cover; this time it is the army with Russian jets. The monitor says 400 IS fighters were killed.",
    ]);
    expect(claimOf(analyzePage(recalled, ref).claims, '400 IS').verdict).toBe('supported');
    const fr = page('Palmyre reprise', [
      "C'est la deuxième défaite de l'EI en Syrie, après Kobané en janvier 2015. Kobané, c'étaient les Kurdes et l'aviation américaine. L'OSDH compte 400 jihadistes tués.",
    ]);
    expect(claimOf(analyzePage(fr, ref).claims, '400 jihadistes').verdict).toBe('supported');
  });

  it('moves to a place named with no recall before it', () => {
    const moved = page('Palmyra retaken', ['Kobane was the Kurds with American air cover. The monitor says 400 IS fighters were killed there.']);
    expect(claimOf(analyzePage(moved, ref).claims, '400 IS').verdict).toBe('unrelated');
  });

  it('carries the place of the title to paragraphs that do not name it, until another is named', () => {
    const v = verdicts(
      page('Palmyre : la reconquête', [
        "Les combats auront duré vingt jours, et quelque 400 jihadistes ont péri, selon l'OSDH.",
        "Plus au nord, l'armée prépare l'assaut sur Qaryatain. La ville, dont l'EI s'était emparé en août 2015, pourrait tomber en deux semaines.",
        'Les combats y ont fait 20 morts depuis lundi.',
      ]),
    );
    expect(v['vingt jours']).toBe('supported battle-duration');
    expect(v['quelque 400 jihadistes']).toBe('supported is-killed-palmyra');
    expect(v['août 2015']).toBe('unrelated');
    expect(v['deux semaines']).toBe('unrelated');
    expect(v['20 morts']).toBe('unrelated');
  });

  it('keeps the focus through a sentence that only looks back to a place before the events', () => {
    const v = verdicts(
      page('Interview: what the fall of Palmyra means', [
        'It is only the second time IS has been pushed out of a city that matters. Before that it was Kobane, in January last year, with American air power.',
        'The monitor says four hundred IS fighters died in the fighting.',
      ]),
    );
    expect(v['four hundred IS']).toBe('supported is-killed-palmyra');
    // A sentence of now that names another place still moves the focus there.
    const w = verdicts(
      page('Palmyre : la reconquête', [
        "La presse irakienne salue le lancement, jeudi, de l'offensive vers Mossoul, aux mains de l'EI depuis juin 2014.",
        'Quelque 400 jihadistes y ont été tués.',
      ]),
    );
    expect(w['Quelque 400 jihadistes']).toBe('unrelated');
  });

  it('reads a table cell with the place written in it, not the places of other cells', () => {
    const v = verdicts(
      page('Palmyra, twice retaken', [
        'Distance to the next IS-held town | 60 km (al-Alianiyah) | over 150 km (Deir ez-Zor)',
      ]),
    );
    expect(v['60 km']).toBe('supported al-alianiye-distance');
    expect(v['over 150 km']).toBe('unrelated');
  });

  it('reads a live blog\'s timestamped entries against the page, not the entry above', () => {
    const v = verdicts(
      page('Live: Palmyra retaken', [
        '10:05 In Brussels, the crisis centre keeps the toll of the bombings at 31 dead.',
        '10:40 The monitor says at least 400 IS fighters died in the battle.',
      ]),
    );
    expect(v['31 dead']).toBe('supported brussels-killed');
    expect(v['at least 400 IS']).toBe('supported is-killed-palmyra');
  });

  it('on a page written months later, checks the old battle only where the text goes back to it', () => {
    const v = verdicts(
      page(
        'Palmyra falls to IS again',
        [
          'IS fighters retook the city on Sunday; Russian jets killed more than 300 of them overnight, Moscow says.',
          'Last March the army had needed three weeks to drive them out, and 400 jihadists died in that battle.',
        ],
        '2016-12-12',
      ),
    );
    expect(v['Sunday']).toBe('unrelated');
    expect(v['more than 300'] ?? v['more than 300 of them']).toBe('unrelated');
    expect(v['Last March']).toBe('supported recapture-date');
    expect(v['three weeks']).toBe('supported battle-duration');
    expect(v['400 jihadists']).toBe('supported is-killed-palmyra');
    // A year-less date is not moved past the page's own date to be nearer its time.
    const december = verdicts(
      page('IS back in Palmyra', ['IS fighters stormed back into Palmyra on Sunday.', 'The army had opened its offensive on March 7 and, after 20 days of combat, 400 jihadists lay dead.'], '2016-12-11'),
    );
    expect(december['March 7']).toBe('supported offensive-start');
    expect(december['20 days']).toBe('supported battle-duration');
    // A story told in order: "of that year" is the year just written; "Then, on December 11" comes after it.
    const told = verdicts(
      page(
        'Palmyra, one year on',
        [
          'The army drove IS out of Palmyra in March 2016, after an offensive launched on March 7 of that year.',
          'Then, on December 11, the jihadists swept back in.',
          'In that assault, Russian jets killed more than 300 militants, Moscow said.',
        ],
        '2017-03-05',
      ),
    );
    expect(told['March 7']).toBe('supported offensive-start');
    expect(told['more than 300 militants'] ?? 'unrelated').toBe('unrelated');
  });

  it('reads a fact file\'s value against the label above it, and an answer against its question', () => {
    const facts = verdicts(page('Palmyra in figures', ['Taken by the army', '27.03.2016', 'Government dead', '194 (revised count)']));
    expect(facts['27.03.2016']).toBe('supported recapture-date');
    expect(facts['194']).toBe('contradicted pro-regime-killed-palmyra');
    const qa = verdicts(page('Palmyra: three questions', ['How many jihadists died? The monitor counted 417 in the end.']));
    expect(qa['417']).toBe('contradicted is-killed-palmyra');
  });
  it('reads a span by the day its clause ends it on, and the dead and wounded together as another count', () => {
    const fr = verdicts(page('Palmyre', ["Les jihadistes s'emparent de Palmyre le 21 mai 2015, après huit jours de combats.", "L'armée est entrée dans Palmyre le 27 mars, au terme de dix-huit jours de combats."]));
    expect(fr['huit jours']).toBe('unrelated');
    expect(fr['dix-huit jours']).toBe('contradicted battle-duration');
    const both = verdicts(page('Palmyra', ["Russia's general staff said more than 1,000 IS fighters were killed or wounded around Palmyra."]));
    expect(Object.entries(both).find(([text]) => text.includes('1,000'))?.[1]).toBe('unrelated');
    const dead = verdicts(page('Palmyra', ['The monitor said more than 1,000 IS fighters were killed around Palmyra.']));
    expect(Object.entries(dead).find(([text]) => text.includes('1,000'))?.[1]).toBe('contradicted is-killed-palmyra');
  });
  it('reads a revised total as the whole toll, whatever part the clause before it placed', () => {
    const fr = verdicts(page('Attentats de Bruxelles', ["Le centre de crise a annoncé lundi un nouveau bilan des attentats de l'aéroport et du métro de Bruxelles : quatre blessés sont morts à l'hôpital, ce qui porte le total à 35."]));
    expect(fr['35']).toBe('contradicted brussels-killed');
    const en = verdicts(page('Brussels attacks', ['The minister said on Monday that four wounded people had died in hospital and put the total at 35 for the Brussels attacks.']));
    expect(en['35']).toBe('contradicted brussels-killed');
    // A short label still places its figure: a part.
    expect(verdicts(page('Attentats de Bruxelles', ["Morts à l'aéroport : 16, selon le parquet belge."]))['16']).toBe('unrelated');
  });
  it('reads "the latest campaign" on a page written long after as the occurrence of its own time', () => {
    const back = 'The army launched its offensive on Palmyra on 7 March 2016 and retook the city after 20 days of fighting.';
    const later = verdicts(page('Palmyra, one year on', [back, 'The latest campaign to retake Palmyra took roughly seven weeks. The Russian military claims more than 1,000 IS fighters were killed in it.'], '2017-03-27'));
    expect(later['20 days']).toBe('supported battle-duration');
    expect(later['roughly seven weeks']).toBe('unrelated');
    expect(later['more than 1,000 IS']).toBe('unrelated');
    const fr = verdicts(page('Palmyre, un an après', ["L'armée avait lancé le 7 mars 2016 son offensive sur Palmyre.", "Cette fois, l'offensive pour reprendre Palmyre a duré sept semaines."], '2017-03-27'));
    expect(fr['sept semaines']).toBe('unrelated');
    // The text brought back to March 2016, or a page of the days after: the reference's occurrence.
    expect(verdicts(page('Palmyra, one year on', ['In March 2016, the offensive to retake Palmyra took 20 days.'], '2017-03-27'))['20 days']).toBe('supported battle-duration');
    expect(verdicts(page('Palmyra retaken', ['This time, the offensive to retake Palmyra took 18 days.'], '2016-03-28'))['18 days']).toBe('contradicted battle-duration');
  });
  it('reads a length glued to the event it measures as that length, though it frames a rate', () => {
    const en = verdicts(page('Palmyra: the air war', ['Over the 20-day offensive on Palmyra, Russian jets flew 20 to 25 sorties a day.']));
    expect(en['20-day']).toBe('supported battle-duration');
    expect(en['20 to 25']).toBe('unrelated');
  });
  it('reads "entered" as the capture or the recapture by who entered', () => {
    expect(verdicts(page('Palmyra retaken', ['Before the jihadists entered the town in May last year, curators moved the statues out.'], '2016-03-31'))['May last year']).toBe('supported is-capture-date');
    expect(verdicts(page('Palmyre reprise', ["Les jihadistes entraient dans Palmyre en mai 2015, presque sans combattre."], '2016-03-31'))['mai 2015']).toBe('supported is-capture-date');
    expect(verdicts(page('Palmyra retaken', ['Syrian soldiers entered Palmyra on 27 March, after a 20-day offensive.'], '2016-03-31'))['27 March']).toBe('supported recapture-date');
  });
  it('reads the place a time between two moments is told from as no topic of the figures before it', () => {
    const fr = verdicts(page('Palmyre reprise', ["Le mardi 22 mars, deux kamikazes se sont fait exploser à l'aéroport de Bruxelles. L'EI a revendiqué ces attentats, qui ont fait une trentaine de morts, quatre mois après le carnage de Paris."]));
    expect(fr['une trentaine de morts']).toBe('supported brussels-killed');
    const en = verdicts(page('Palmyra retaken', ['On Tuesday 22 March, suicide bombers struck Brussels airport and a metro station. IS claimed the bombings, which killed 32 people, four months after the massacre in Paris.']));
    expect(en['32 people']).toBe('contradicted brussels-killed');
    // After the time, the sentence tells of that event.
    expect(verdicts(page('Palmyra retaken', ['The Brussels bombings came four months after the Paris attacks, which killed 130 people.']))['130 people']).toBe('supported paris-killed');
  });
  it('reads a fact box item under the heading of its section', () => {
    const heading = (text: string): TextBlock => ({ text, region: 'heading' });
    const fr = verdicts(page('Palmyre : les repères', [heading('La guerre en Syrie'), 'Début : mars 2011, avec la répression des manifestations.', "Bilan : plus de 270 000 morts selon l'OSDH."]));
    expect(fr['plus de 270 000 morts']).toBe('supported war-killed');
    expect(fr['mars 2011']).toBe('supported war-start');
    const en = verdicts(page('Palmyra: key facts', [heading('The war in Syria'), 'Toll: more than 270,000 dead, the monitor says.']));
    expect(en['more than 270,000 dead']).toBe('supported war-killed');
    // A paragraph of prose under the same heading names its event itself.
    expect(verdicts(page('Palmyra: key facts', [heading('The war in Syria'), 'More than 270,000 dead, the monitor says.']))['More than 270,000 dead']).toBe('unrelated');
  });
  it('reads a fact box\'s "Date" row as the date of the event its page is named after', () => {
    const en = verdicts(page('Palmyra offensive (March 2016)', ['Date | 9 March 2016 – 27 March 2016 (18 days)']));
    expect(en['9 March 2016 – 27 March 2016']).toBe('contradicted offensive-start');
    expect(en['18 days']).toBe('contradicted battle-duration');
    const wiki = verdicts(page('Palmyra offensive (March 2016)', ['Date | 7–27 March 2016 (2 weeks and 6 days)']));
    expect(wiki['7–27 March 2016']).toBe('supported offensive-start');
    expect(wiki['2 weeks and 6 days']).toBe('supported battle-duration');
    const fr = verdicts(page('Offensive de Palmyre', ['Période | du 7 au 27 mars 2016']));
    expect(fr['7 au 27 mars 2016']).toBe('supported offensive-start');
    // A page named after no event of the reference, or a label that says what the date is of.
    expect(verdicts(page('Storm Katie batters the coast', ['Date | 27 March 2016']))['27 March 2016']).toBe('unrelated');
    expect(verdicts(page('Palmyra offensive (March 2016)', ['Last edited | 14 May 2017']))['14 May 2017']).toBe('unrelated');
  });
  it('reads the clause that defines a date: "since May 2015, when IS overran it"', () => {
    const v = verdicts(
      page('Palmyra changes hands again', [
        'The city has changed hands three times since May 2015, when IS overran it.',
        "Du 7 mars, jour du lancement de l'offensive, au 27 mars, date à laquelle la ville est reprise, l'aviation russe n'a pas quitté le ciel.",
      ]),
    );
    expect(v['May 2015']).toBe('supported is-capture-date');
    expect(v['7 mars']).toBe('supported offensive-start');
    expect(v['27 mars']).toBe('supported recapture-date');
  });
  it('dates an event by the relative clause its antecedent opens: "the offensive, which commanders date to 9 March"', () => {
    const v = verdicts(
      page('Palmyra: the air war', [
        'The ground offensive on Palmyra, which Syrian officers date to 9 March, followed weeks of strikes.',
        "L'offensive terrestre sur Palmyre, que les sources loyalistes font démarrer le 9 mars, a duré près de trois semaines.",
        // The clause's verb says which moment: an end is no start.
        'The Palmyra offensive, which wound down on 25 March, was short.',
      ]),
    );
    expect(v['9 March']).toBe('contradicted offensive-start');
    expect(v['9 mars']).toBe('contradicted offensive-start');
    expect(v['25 March']).toBe('unrelated');
  });
  it('takes a war the sentence places somewhere the reference has no name for as another war', () => {
    const v = verdicts(
      page('Palmyra: the Kremlin\'s trophy', [
        "The Kremlin got its parade without paying the price of the Soviet war in Afghanistan, which cost some 15,000 soldiers' lives over nine years.",
        'The war in Syria has killed more than 270,000 people in five years.',
      ]),
    );
    expect(v['over nine years']).toBe('unrelated');
    expect(v['five years']).toBe('supported war-duration');
  });
  it('reads a war entering its sixth year as an anniversary, not as the army entering a city', () => {
    const v = verdicts(page('Palmyra', ['La guerre, elle, est entrée le 15 mars dans sa sixième année.', 'The army entered Palmyra on 25 March, in the sixth year of the war.']));
    expect(v['15 mars']).toBe('unrelated');
    expect(v['25 March']).toBe('contradicted recapture-date');
  });
  it('reads a span a rank is counted over as no event\'s length', () => {
    const v = verdicts(page('Palmyre, puis Qaryatayn', ["Après Palmyre, c'est la deuxième localité reprise par l'armée en une semaine.", 'The army retook Palmyra in three weeks of fighting.']));
    expect(v['une semaine']).toBe('unrelated');
    expect(v['three weeks']).toBe('supported battle-duration');
  });
  it('dates Russia\'s intervention by the start of its military presence', () => {
    const v = verdicts(page('Le rôle de la Russie', ['Présente militairement en Syrie depuis le 30 septembre 2015, la Russie a gardé une partie de son aviation sur place.', 'Its military presence in Syria dates from late September 2015.']));
    expect(v['30 septembre 2015']).toBe('supported russian-intervention-start');
    expect(v['late September 2015']).toBe('supported russian-intervention-start');
  });
  it('reads a day after the text\'s own as a plan, never as a fact of the past', () => {
    const march = verdicts(page('Syrie', ["À Genève, les pourparlers indirects entre le régime et l'opposition doivent reprendre en avril."], '2016-03-28'));
    expect(march['avril']).toBe('supported next-round-date');
    const april = verdicts(page('Syria talks', ['The resumption of the Geneva talks is now set for 13 April.'], '2016-04-08'));
    expect(april['13 April']).toBe('contradicted next-round-date');
  });
  it('gives a count joined to the one before it that count\'s window', () => {
    const v = verdicts(page('Palmyra', ["Moscow's defence ministry said its aircraft flew 40 sorties around Palmyra over a 24-hour period, striking 158 targets."], '2016-03-27'));
    expect(v['158 targets']).toBe('contradicted russian-targets');
    // No window said: a count of another window may be meant, nothing to dispute.
    expect(verdicts(page('Palmyra', ["Moscow's defence ministry said its aircraft flew 40 sorties around Palmyra, striking 158 targets."], '2016-03-27'))['158 targets']).toBe('unrelated');
  });
  it('places a relative clause\'s count where its antecedent happened, not at the next place named', () => {
    const v = verdicts(
      page('Palmyra, a week on', [
        'Europe is still reeling from the bombings in Brussels on 22 March, which killed 35 people, and the massacre in Paris four months earlier.',
        "L'Europe reste sous le choc des attentats de Bruxelles, qui ont fait 35 morts, et de ceux de Paris en novembre.",
      ]),
    );
    expect(v['35 people']).toBe('contradicted brussels-killed');
    expect(v['35 morts']).toBe('contradicted brussels-killed');
  });
  it('lets the text\'s own "today" match an event of that day, never dispute one', () => {
    const sunday = verdicts(page('Palmyra retaken', ["Today the Syrian army retook Palmyra from the Islamic State."], '2016-03-27'));
    expect(sunday['Today']).toBe('supported recapture-date');
    // A rundown of the evening's news: the bulletin's day, not the attacks'.
    const bulletin = verdicts(page('Evening news', ['Tonight: Belgian prosecutors charge a third man over the Brussels bombings.'], '2016-03-27'));
    expect(bulletin['Tonight']).toBe('unrelated');
    expect(verdicts(page('Palmyre', ["Aujourd'hui, l'armée syrienne a repris Palmyre."], '2016-03-29'))["Aujourd'hui"]).toBe('unrelated');
  });
  it('dates the Brussels attacks by the city struck, and "à son tour" is no round of talks', () => {
    const v = verdicts(page('Une semaine après', ['Il y a une semaine, Bruxelles était frappée à son tour par les jihadistes.'], '2016-03-29'));
    expect(v['Il y a une semaine']).toBe('supported brussels-attacks-date');
  });
  it('dates the Brussels attacks by what the bombers did', () => {
    const v = verdicts(page('Brussels, a week on', ['IS suicide bombers killed 31 people and wounded 340 in Brussels on Tuesday.']));
    expect(v['Tuesday']).toBe('supported brussels-attacks-date');
  });
  it('reads an answer with the event its question heading names', () => {
    const qa = (heading: string): PageInput => ({
      title: 'Syrie : cinq questions',
      published: '2016-03-28',
      blocks: [
        { text: 'Syrie : cinq questions', region: 'heading' },
        { text: heading, region: 'heading' },
        { text: 'Plus de 270 000 morts en cinq ans, et des millions de Syriens ont fui.', region: 'main' },
      ],
    });
    const v = verdicts(qa('Quel est le bilan de la guerre ?'));
    expect(v['Plus de 270 000 morts']).toBe('supported war-killed');
    expect(v['cinq ans']).toBe('supported war-duration');
    expect(v['des millions de Syriens']).toBe('supported syrians-fled');
    // A bare answer takes what its question asks.
    const bare = verdicts({
      title: 'Palmyre en questions',
      published: '2016-03-28',
      blocks: [
        { text: 'Palmyre en questions', region: 'heading' },
        { text: 'Combien de temps la bataille de Palmyre a-t-elle duré ?', region: 'heading' },
        { text: 'Une vingtaine de jours. Les troupes ont avancé lentement.', region: 'main' },
      ],
    });
    expect(bare['Une vingtaine de jours']).toBe('supported battle-duration');
    // A heading that asks nothing, and names no war: the figures could be of anything.
    expect(verdicts(qa('Un lourd bilan'))['Plus de 270 000 morts']).toBe('unrelated');
  });
  it('reads a chronology\'s lines: the date is of the clause after its dash', () => {
    const v = verdicts(
      page('Palmyre, une chronologie', [
        '21 mai 2015 — Les jihadistes prennent le contrôle total de Palmyre.',
        '30 septembre 2015 — Moscou commence ses premières frappes aériennes en Syrie.',
        '9 mars 2016 — L\'armée, avec l\'appui russe, déclenche son offensive vers la ville.',
        '2 avril 2016 — Le musée de la ville ferme ses portes.',
      ]),
    );
    expect(v['21 mai 2015']).toBe('supported is-capture-date');
    expect(v['30 septembre 2015']).toBe('supported russian-intervention-start');
    expect(v['9 mars 2016']).toBe('contradicted offensive-start');
    expect(v['2 avril 2016']).toBe('unrelated');
    const en = verdicts(page('Palmyra: a timeline', ['2013 — The group surfaces in the Syrian conflict.', 'May 2016 — An orchestra plays in the Roman theatre.']));
    expect(en['2013']).toBe('supported is-emergence-year');
    expect(en['May 2016']).toBe('unrelated');
  });
  it('reads a table cell under its column\'s header, and its row\'s label', () => {
    const table = verdicts(
      page('Palmyre : les bilans selon les sources', [{ text: 'Source | Jihadistes tués | Soldats et miliciens tués', region: 'main', tableHeader: true }, 'OSDH, premier bilan | 400 | 188', 'OSDH, bilan révisé | 417 | 194']),
    );
    expect(table['400']).toBe('supported is-killed-palmyra');
    expect(table['188']).toBe('supported pro-regime-killed-palmyra');
    expect(table['417']).toBe('contradicted is-killed-palmyra');
    expect(table['194']).toBe('contradicted pro-regime-killed-palmyra');
    // The caption says what the table counts; a row names who says so.
    const caption = verdicts(page('Palmyra tolls', ['IS fighters killed in the battle for Palmyra, by source', { text: 'Source | Figure', region: 'main', tableHeader: true }, 'Syrian army statement | 450', 'Observatory, first count | 400']));
    expect(caption['450']).toBe('contradicted is-killed-palmyra');
    expect(caption['400']).toBe('supported is-killed-palmyra');
    // A fact file's rows without figures are rows, not headers of the rows below them.
    const facts = verdicts(page('Palmyre : la fiche', ['Issue | Victoire des forces gouvernementales', 'Belligérants | Armée syrienne et milices, contre l\'Etat islamique', "Pertes de l'EI | 417 tués (bilan révisé)"]));
    expect(facts['417 tués']).toBe('contradicted is-killed-palmyra');
    // A row at one site, a column of another kind of count: parts, not the toll.
    const sites = verdicts(page('Attentats de Bruxelles', [{ text: 'Lieu | Victimes identifiées', region: 'main', tableHeader: true }, 'Aéroport, hall des départs | 15 personnes', 'Bilan total | 31 morts']));
    expect(sites['15 personnes']).toBe('unrelated');
    // A paragraph ends the table: its figures are not read under the header any more.
    const after = verdicts(page('Palmyra tolls', [{ text: 'Source | IS fighters killed', region: 'main', tableHeader: true }, 'Observatory | 400', 'The museum lost 194 statues.']));
    expect(after['400']).toBe('supported is-killed-palmyra');
    expect(after['194 statues']).toBe('unrelated');
  });
});
