// The words of one language that tell how a figure is read: the grammar around a number (what
// stands before its noun, what ends a clause), and the markers of the slots of a reading (a part
// of a whole, a rate, a window of time, a source, a hope). Words of the reference's own subject
// (IS, Palmyra, killed, sorties...) are not here: they are the dataset's alias groups.
//
// Every entry is a phrase as written (accents and case do not matter: phrases are folded into
// token sequences, see compile.ts). One file per language: en.ts, fr.ts.

export interface LexiconWords {
  /** Articles, possessives and other words skipped between a number and its noun ("400 of its own soldiers"). */
  determiners: string[];
  /** Words after a number that say it has no noun of its own: pronouns, prepositions, auxiliaries, conjunctions. */
  notNouns: string[];
  /** Labels that open a photo's or video's credit: "Photo :", "Crédit photo :", "Image:". */
  creditLabels: string[];
  /** Nouns that only say "people" and leave who they are to the words after them ("188 members of the forces"). */
  genericNouns: string[];
  /** Nouns of a tally, transparent to what follows: "son décompte des jihadistes tués", "the figure for enemy dead". */
  tallyNouns: string[];
  /** Before a count, it is the value of a tally said earlier: "raised its count to 417", "up from 188", "contre 35". */
  tallyValue: string[];
  /** Words before a number that make it a label: "No. 12", "page 4", "flight 3". */
  numberLabels: string[];
  /** Clause links: a figure's clause ends before them when another clause follows. */
  coordinators: string[];
  /** Before a count, it adds to the one before and shares its verb: "400 died, along with 188 soldiers", "ainsi que 188 soldats". */
  additive: string[];
  /** Opening a sentence, other sources that give their own value for the fact just told: "D'autres médias retiennent le 9 mars". */
  otherSources: string[];
  /** Before a clause that gives another source's value for the fact just told: "whereas the army gives March 7", "quand l'OSDH retient le 7". */
  /**
   * Before a count, it is an earlier value set against the present one: a day after it is when that
   * value was given ("194, contre 188 la veille au soir", "417, up from 400 on Sunday").
   */
  earlierValue: string[];
  contrast: string[];
  /** Words of beginning: "began bombing", "commence à bombarder", "ses frappes initiales" date the start of what follows. */
  beginVerbs: string[];
  /** Openers of a fronted adverbial phrase: "Fin mars, après trois semaines de combats, l'armée…" — the clause comes after it. */
  adverbialOpeners: string[];
  /** Relative pronouns and subordinators that open a clause of their own. */
  subordinators: string[];
  /** Before an infinitive, its goal, not what happened: "launched the offensive on March 7 to retake the city", "pour reprendre". */
  purpose: string[];
  /**
   * After a verb of beginning, before the infinitive of what began, which ends as `infinitiveEndings`
   * say ("a commencé à déminer"; not the auxiliary of "qui a commencé le 7 mars a permis…").
   */
  beginLinks: string[];
  /** The same, before a bare infinitive, any word: "began to clear". */
  beginLinksBare: string[];
  /** How an infinitive ends: "déminer", "sécuriser", "détruire". */
  infinitiveEndings: string[];
  /** Before such an infinitive, it states what was done, not a goal: "needed three weeks to drive them out", "il a fallu vingt jours pour". */
  completion: string[];
  /** Pronouns that stand for a person ("he was 82", "il était âgé de 82 ans"): never a place. */
  personPronouns: string[];
  /** Words that stand for a noun said before, after an ordinal: "the defeat is its second major one". */
  ordinalProforms: string[];
  /** Relative pronouns: the clause they open is about the noun before them ("an offensive that began on March 7"). */
  relativePronouns: string[];
  /** Relative words of place: the clause they open happens at the noun before them ("the citadel, from which the army drove IS"). */
  relativePlaces: string[];
  /** Words of losing: their subject or complement is the side that lost the place, not the one that took it ("IS lost Palmyra", "la défaite de l'EI"). */
  lossWords: string[];
  /** After a verb of saying, they open what was said: "said that", "a précisé que". */
  complementizers: string[];
  /** Verbs that report what someone said, before "that"/"que": "clarified that", "a précisé que". */
  reportVerbs: string[];
  /** Endings only a conjugated verb has ("refusaient", "quittèrent"): a noun phrase stops there. */
  verbEndings: string[];
  /** Words of a share, before "of"/"de" and a town: "half of the city", "la moitié de la ville" (also a percentage). */
  shareWords: string[];

  /** Before a count, it is a part of a whole: "another 16", "dont 16", "including 16". */
  partBefore: string[];
  /** After a count, it is a part of a whole: "16 of the dead", "16 d'entre eux". */
  partAfter: string[];
  /** Verbs of killing: a side named before one is who kills, not who is counted ("the army killed 400"). */
  killingVerbs: string[];
  /** Before a passive verb's agent: "retaken by IS", "repris par l'EI", "fell to IS", "aux mains de". */
  agentBefore: string[];
  /** After a count, it is the acting side's own: "losing 188 of its own", "perdu 188 des siens". */
  ownSide: string[];
  /** Nouns that make a side's name a heading of what follows: "On the government side", "côté loyaliste", "dans le camp du régime". */
  sideNouns: string[];
  /**
   * Prepositions that open a side's phrase closed by a noun of side after the name: "on the jihadist
   * side", "in the rebel camp" (French puts its noun of side first, in `sideOpeners` and `whoseAfter`).
   */
  sideFrames: string[];
  /** "Their" side after a count: the side named last before it ("…chassé les jihadistes. 417 morts dans leurs rangs"). */
  theirSide: string[];
  /** Verbs that revise a tally: a day right after them is the revision's ("porté lundi à 35"). */
  reviseVerbs: string[];
  /** Between a noun and the date that qualifies it: "les unes de lundi", "the edition of March 28". */
  dateOf: string[];
  /** The preposition of a complement: "the execution of 25", « centaines » de jihadistes. */
  ofWords: string[];
  /** A preposition between a verb and its day ("revised on Monday"). */
  datePrepositions: string[];
  /** Words that introduce a time set apart between commas: ", in late December,", ", vers la fin décembre,". */
  timePrepositions: string[];
  /** Possessive determiners: "its aircraft flew 40 sorties" — the sorties of the side named first. */
  possessives: string[];
  /** After a count's noun, who is counted follows: "188 dead among soldiers", "400 morts dans les rangs de l'EI". */
  whoseAfter: string[];
  /**
   * Opening a sentence, before a side and a comma: whose the sentence's counts are ("Côté loyaliste,
   * l'ONG fait état de 194 morts", "Among the jihadists, the toll reached 417").
   */
  sideOpeners: string[];
  /** Places inside an event's place: a count there is a part ("at the airport", "à l'hôpital"). */
  subPlaces: string[];
  /** After a count, words that make it a count of another kind than a toll: "identified", "identifiés", "four times", "à quatre reprises". */
  otherCountVerbs: string[];
  /** The same kinds of count as nouns before it: "l'exécution de 25 soldats", "the arrest of 20". */
  otherCountNouns: string[];
  /** Two kinds of casualties in one count: "killed or wounded", "tués ou blessés", "died as a direct or indirect result". */
  combinedTolls: string[];
  /** After a count, a state its people are in: the count is of them, not of a toll ("still in hospital", "displaced inside the country"). */
  stateCounts: string[];
  /** Before or after a noun of the event, it names one phase of it ("the final push", "l'assaut final"). */
  phaseWords: string[];
  /** Nouns of a phase of an event ("the first phase of the operation", "une nouvelle étape"). */
  phaseNouns: string[];
  /** Before a length, at most a word apart, it adds to another: "it took another three days", "il aura encore fallu trois jours". */
  extraSpanBefore: string[];
  /** After a length, the same: "three days more", "trois jours supplémentaires". */
  extraSpanAfter: string[];
  /** One unit of an event, taken out of it: "a single week of the fighting", "une semaine des combats" (after "a"/"une"). */
  partitiveOf: string[];
  /** Indefinite articles and "one" opening a length: "a week", "une journée". */
  indefiniteArticles: string[];
  /** Before a span that ends when its clause happens: "after eight days of fighting", "au terme de huit jours". */
  spanBefore: string[];

  /** After a count, it leaves part of the whole out: "not counting the bombers", "sans compter les kamikazes". */
  excluding: string[];
  /** After a count, people named after it are added on top, so left out of it: "28 victims, plus the three bombers" (not "plus 340 injured", "plus de 300"). */
  addedOnTop: string[];
  /** Opening a count's sentence before a comma, they leave people out of it: "Sans les assaillants, on compte 32 victimes". */
  frontExcluding: string[];
  /** After a count, it names people the count takes in: "137 dead, including the seven attackers", "y compris les kamikazes". */
  including: string[];
  /** After a figure, it is a rate: "a day", "per day", "par jour". */
  rateAfter: string[];
  /**
   * Right before a count, they make it the writer's sum or conversion of figures just given: "soit 161
   * morts au total". Not a toll brought up to date ("ce qui porte le total à 35", "making a total of 35").
   */
  derivedLeads: string[];
  /** Adjectives of rate after a noun: "sorties quotidiennes", "daily sorties" before it. */
  rateWords: string[];
  /** Right before a unit of time, they make it a rate's: "several times a day", "deux fois par jour". */
  frequencyWords: string[];

  /** Before a duration, it is the window a count covers: "in 24 hours", "over the previous 24 hours". */
  windowBefore: string[];
  /** A window of a few days, without a number: "in the last few days", "ces derniers jours". */
  severalDays: string[];
  /** After a comma, words that narrow the phrase before: "over 500 killed, but only in the final week". */
  restrictions: string[];
  /** The first or last stretch of an event, without a number: "in the final week", "les premiers jours de l'offensive". */
  eventStretch: string[];
  /** A fact box's label that says "when" and nothing of what: "Date", "Période". */
  dateLabels: string[];
  /**
   * Labels of an item that say what kind of item it is, not what it is about ("Update:", "Analyse :"):
   * any other capitalised name opening a block before a colon names its subject ("Lahore: …").
   */
  rubricLabels: string[];
  /**
   * A sentence opening on one of these is about another place than the one in focus ("Elsewhere, the
   * group lost…", "Ailleurs en Syrie, …"); not "par ailleurs", "d'ailleurs" (besides), which open on another word.
   */
  elsewhere: string[];
  /** On a page written long after the events, they tell of the occurrence nearest the page's date: "the latest campaign", "cette fois". */
  latestOccurrence: string[];
  /** Inside "the last/previous 24 hours". */
  windowLast: string[];
  /** Of those, the ones counted back from when the text was written: "the past 24 hours", "ces dernières 24 heures". */
  windowNow: string[];
  /** Phrases that are a window of one day by themselves: "in a single day", "en une journée". */
  singleDay: string[];
  /** Phrases that name one day inside an event: "on the first day", "the next day". */
  dayInside: string[];

  /** After a date and its comma, a clause that says what happened that day: "since May 2015, when IS overran it", "au 27 mars, date à laquelle…". */
  dateDefinition: string[];
  /** After a date and its comma, it tells the day from another event: "ce lundi, au lendemain de la reconquête", "on Monday, the day after the army retook it". */
  dayFromEvent: string[];
  /** "since", "depuis": a date after it opens a state that lasts. */
  since: string[];
  /** After a duration, it is an offset between two moments: "four months after", "a week earlier". */
  offsetAfter: string[];
  /** Before a duration, it is an offset: "il y a quatre jours". */
  offsetBefore: string[];
  /** Before a duration followed by "before"/"avant", a window that ends at that moment: "in the 24 hours before", "en 24 heures avant". */
  windowUpTo: string[];
  /** Before a date, it is the first day of what the clause names: "the operation from March 9", "à partir du 9 mars". */
  fromDay: string[];
  /** Between a length and a date, the date is the day the length runs up to: "the 24 hours to 25 March", "les 24 heures précédant le 25 mars". */
  until: string[];

  /** Superlatives: "the heaviest toll since 2013" compares, its date is no window. */
  superlatives: string[];

  /** What is hoped, planned, expected or possible, not what happened. */
  modal: string[];
  /** Endings of a verb in the future tense, which states what is expected ("reprendront", "se tiendra"). */
  futureEndings: string[];
  /** Modal verbs a figure can be the subject of ("200,000 deaths would have gone unrecorded"). */
  modalAuxiliaries: string[];
  /** Before a source: "according to", "selon". */
  sourceBefore: string[];
  /** Verbs of saying: a date next to one dates a statement. */
  sayVerbs: string[];

  /** Prepositions before a place name: "in Baghdad", "à Raqqa". */
  placePrepositions: string[];
  /** Before a place's name, it is named in passing, to compare or to say where from ("after Kobane", "from Raqqa"). */
  inPassing: string[];
  /**
   * Words that name a place in passing only before an article, when the name qualifies a noun ("still
   * reeling from the Brussels bombings"); before the bare name, it is where the story is ("clearing
   * mines from Palmyra").
   */
  inPassingBeforeArticle: string[];
  /** Points of the compass: after one of `bearingLeads` or in a compound ("au sud-ouest de", "à l'est de"), a place only says where another lies. */
  bearings: string[];
  bearingLeads: string[];
  /** Words that say a date is the page's own ("Published", "Mis à jour le", "Émission du"). */
  bylineWords: string[];
  /** Small words a byline's date may stand with ("on", "at", "le", "à"): no words of their own. */
  bylineFillers: string[];
  /** Endings of a past participle that may stand before a noun ("25 captured soldiers"); French puts it after. */
  participleEndings: string[];
  /** Particles of phrasal verbs, which may follow the verb's object ("pushed IS out", "took the city back"). */
  verbParticles: string[];
  /** Words before the side that helps rather than acts: "backed by", "soutenue par". */
  supportLeads: string[];
  /** Words before the side that is fought, not who acts: "a victory against IS", "face à l'EI". */
  opposedLeads: string[];
  /** Auxiliaries of the passive before a participle: "was retaken", "est reprise", "a été reprise". */
  passiveAuxiliaries: string[];
  /** A pronoun and its copula that date the clause before: ", and that was back in 2013", ", c'était en 2013". */
  pronounCopulas: string[];
  /** A word that opens a pair closed by "and"/"et" in one clause: "between government and opposition", "entre le régime et l'opposition". */
  pairLeads: string[];
  /** Prefixes a hyphen joins to a verb ("re-taken", "ré-occupée"): the verb is still a verb. */
  verbPrefixes: string[];
  /** After a place's name, written with a capital, it makes the name another thing's: "Palmyra Athletic", "Palmyra Atoll". */
  nameHeadsAfter: string[];
  /** Before a place's name (past "de", "du", "la"), it makes the name another thing's: "rue de Palmyre", "Hotel Palmyra". */
  nameHeadsBefore: string[];
  /** Between such a noun before a name and the name: "la rue de Palmyre", "the Hotel of Palmyra". */
  nameLinks: string[];
  /** Set phrases in which a word of the reference has another sense: "hôpital de campagne", "election campaign". */
  otherSenses: string[];
  /**
   * Words of the other lists that match only where the page writes their accent: folded, "dès"
   * (since) is "des" (the article).
   */
  accented: string[];
  /** Articles that, written with a capital inside a sentence, start a name of their own: "La Palmyre" (a resort), "The Palmyra" (a ship). */
  nameArticles: string[];
  /** Articles that open an apposition describing the name before its comma: "Nimrud, a city…", "Hatra, une cité…". */
  appositionArticles: string[];
  /** Lower-case particles that start a place's name before a hyphen ("al-Qaryatain", "el-Bab"). */
  /**
   * Verbs of driving out, and the preposition of the place they drive out of: a name after them is a
   * place, past the verb's object ("ont chassé les jihadistes d'Al-Qaryatayn", "drove IS out of Qaryatain").
   */
  expelVerbs: string[];
  expelFrom: string[];
  nameParticles: string[];
  /** Parts of a town taken one by one: "the citadel", "l'aéroport", "the outskirts". */
  placeParts: string[];
  /** Nouns that stand for the place a text is about, or introduce another ("the town of Qaryatain"). */
  placeNouns: string[];
  /** Between a preposition or a noun of place and a name: "the districts of eastern Aleppo". */
  directionAdjectives: string[];
  /** Nouns of a facility: "la base de Hmeimim", "the base of Tiyas" names a place where things happen, in passing. */
  facilityNouns: string[];
  /** Nouns for an ancient site as a whole (its age is the place's age): "heritage", "ruins". */
  siteNouns: string[];
  /** After an age's unit: the thing whose age it is follows ("2,000 years of history"). */
  ageWords: string[];
  /** Qualifiers written after a figure: "2,000+", "2 000 ans, et plus". */
  atLeastAfter: string[];
}
