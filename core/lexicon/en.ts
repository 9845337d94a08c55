// English words of a reading (see types.ts for what each list is for).
import type { LexiconWords } from './types';

export const en: LexiconWords = {
  determiners: ['the', 'its', 'their', 'his', 'her', 'own', 'of', 'these', 'those', 'other', 'more', 'additional', 'further', 'some', 'a', 'an'],
  notNouns: [
    'it', 'he', 'she', 'they', 'we', 'you', 'them', 'us', 'that', 'which', 'who', 'whom', 'and', 'or', 'but', 'at', 'in', 'by', 'for', 'from', 'to',
    'with', 'without', 'after', 'before', 'since', 'during', 'over', 'into', 'on', 'against', 'according', 'vs', 'is', 'are', 'was',
    'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'so', 'than', 'as', 'if', 'when', 'while', 'then', 'also', 'only',
    'this', 'among', 'amongst', 'around', 'near', 'outside', 'across', 'inside', 'behind', 'about', 'towards', 'toward', 'through', 'under', 'per', 'within', 'beyond', 'off', 'up', 'out', 'including', 'like', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'next',
    'during', 'following', 'regarding', 'concerning', 'excluding', 'morning', 'evening', 'nothing', 'something',
  ],
  genericNouns: ['members', 'member', 'men', 'women', 'individuals', 'persons', 'elements', 'others', 'bodies', 'lives', 'fighters', 'fighter', 'combatants', 'allied', 'such'],
  tallyNouns: ['count', 'counts', 'figure', 'figures', 'tally', 'total', 'estimate', 'number', 'toll', 'death toll', 'tolls'],
  tallyValue: ['to', 'at', 'from', 'on', 'against', 'versus', 'vs', 'compared with', 'down from', 'up from', 'instead of'],
  numberLabels: ['no', 'number', 'page', 'pages', 'p', 'pp', 'tel', 'fax', 'article', 'chapter', 'section', 'vol', 'volume', 'line', 'route', 'ticket', 'flight', 'version', 'v', 'iso', 'room', 'bus', 'tram', 'platform', 'gate', 'code', 'ref', 'reference', 'episode', 'season', 'issue', 'edition', 'resolution'],
  coordinators: ['and', 'but', 'while', 'whereas', 'or'],
  contrast: ['whereas', 'while', 'but', 'against', 'compared with', 'rather than'],
  beginVerbs: ['began', 'begins', 'begin', 'started', 'starts', 'start', 'launched', 'launches', 'opened', 'initial'],
  adverbialOpeners: ['after', 'following', 'during', 'despite', 'amid', 'thanks to', 'backed by', 'supported by', 'with the help of', 'at the end of'],
  additive: ['along with', 'as well as', 'together with', 'in addition to', 'alongside'],
  subordinators: ['which', 'who', 'that', 'when', 'where', 'after', 'as', 'because', 'although', 'whose'],
  relativePronouns: ['that', 'which', 'who', 'whom'],
  completion: ['needed', 'need', 'needs', 'took', 'take', 'takes', 'it took', 'managed', 'succeeded in', 'was able', 'were able'],
  purpose: ['to', 'in order to', 'so as to', 'aimed at', 'aiming to', 'bid to', 'drive to', 'push to'],

  partBefore: ['another', 'including', 'among them', 'among whom', 'of whom', 'of which', 'counting'],
  partAfter: ['of the', 'of them', 'of those', 'of whom', 'among the'],
  killingVerbs: ['killed', 'kill', 'kills', 'killing', 'shot', 'executed', 'massacred', 'slaughtered', 'slew', 'wiped out', 'eliminated', 'destroyed', 'neutralised', 'neutralized'],
  agentBefore: ['by', 'to', 'of', 'in the hands of', 'at the hands of'],
  possessives: ['its', 'their'],
  ownSide: ['of its own', 'of their own', 'of his own', 'of its men', 'of its soldiers'],
  whoseAfter: ['among', 'amongst', 'in the ranks of', 'on the side of', 'on the government side', 'from the ranks of', 'of'],
  subPlaces: ['station', 'metro station', 'in the metro', 'on the metro', 'in the subway', 'airport', 'terminal', 'hall', 'departure hall', 'hospital', 'in hospital', 'on the spot', 'at the scene', 'checkpoint', 'train', 'carriage'],
  otherCountVerbs: ['identified', 'named', 'registered', 'repatriated', 'evacuated', 'arrested', 'detained', 'released', 'executed', 'beheaded'],
  spanBefore: ['after', 'at the end of', 'following'],
  combinedTolls: ['killed or wounded', 'killed or injured', 'killed and wounded', 'killed and injured', 'dead or wounded', 'dead and wounded', 'dead or injured', 'dead and injured', 'wounded or killed'],
  otherCountNouns: ['execution', 'executions', 'beheading', 'beheadings', 'arrest', 'arrests', 'evacuation', 'release', 'identification'],

  excluding: ['not counting', 'not including', 'excluding', 'leaving out', 'without counting'],
  rateAfter: ['a day', 'per day', 'each day', 'every day', 'a week', 'per week', 'an hour', 'per hour', 'a month', 'per month', 'a year', 'per year', 'daily', 'nightly'],
  rateWords: ['daily', 'weekly', 'hourly', 'nightly', 'average', 'rate', 'pace'],

  windowBefore: ['in', 'over', 'during', 'within', 'across', 'for', 'throughout', 'in the space of', 'in just'],
  severalDays: ['in the final days', 'in the last days', 'in the last few days', 'over the last few days', 'in the past few days', 'over the past few days', 'in recent days', 'in the closing days', 'in the final weeks', 'in the last weeks', 'in the first days', 'in the early days'],
  windowLast: ['last', 'previous', 'past', 'preceding', 'final', 'first'],
  windowNow: ['last', 'past'],
  dateLabels: ['date', 'dates', 'period', 'when'],
  singleDay: ['in a single day', 'in one day', 'in a day', 'in a single night', 'in one night', 'in 24 hours', 'in a single 24 hours'],
  dayInside: ['on the first day', 'on the last day', 'the next day', 'the following day', 'the day before', 'that day', 'the same day', 'on the same day', 'on the eve', 'a day later', 'overnight', 'the day after', 'on the day after', 'on the second day', 'on the third day', 'on day one'],

  dateDefinition: ['when', 'the day', 'the day when', 'the day that', 'the date', 'the date on which', 'on which', 'a day when', 'the day on which'],
  since: ['since', 'ever since'],
  offsetAfter: ['after', 'before', 'earlier', 'later', 'ago', 'afterwards', 'beforehand'],
  offsetBefore: [],
  fromDay: ['from', 'starting', 'beginning', 'as of'],
  until: ['until', 'till', 'up to', 'through'],

  superlatives: ['heaviest', 'worst', 'biggest', 'largest', 'deadliest', 'most', 'highest', 'greatest', 'first', 'best'],

  modal: [
    'hope', 'hopes', 'hoped', 'hoping', 'expect', 'expects', 'expected', 'could', 'might', 'may', 'would', 'plan', 'plans', 'planned',
    'aim', 'aims', 'intends', 'intend', 'will', 'likely', 'possibly', 'set to', 'scheduled', 'due to', 'projected', 'forecast', 'would be',
  ],
  sourceBefore: ['according to', 'per', 'citing', 'quoting', 'by the count of', 'says', 'said'],
  sayVerbs: ['said', 'says', 'say', 'gives', 'give', 'puts', 'cites', 'announced', 'announces', 'reported', 'reports', 'told', 'stated', 'claimed', 'claims', 'counted', 'counts', 'gave', 'put', 'raised', 'revised', 'added', 'confirmed', 'declared', 'estimated', 'noted', 'speaks', 'spoke', 'talks', 'mentioned'],

  placePrepositions: ['in', 'at', 'near', 'outside', 'around', 'towards', 'toward', 'inside', 'across'],
  inPassing: ['after', 'before', 'like', 'unlike', 'than', 'from', 'since', 'as in', 'compared with'],
  placeNouns: ['city', 'town', 'village', 'locality', 'oasis', 'settlement', 'desert city', 'ancient city', 'provincial capital', 'stronghold', 'district', 'park', 'neighbourhood', 'neighborhood', 'province', 'region', 'market', 'suburb'],
  siteNouns: ['site', 'ancient site', 'ruins', 'heritage', 'remains', 'history', 'civilisation', 'civilization'],
  ageWords: ['old', 'year-old', 'years old', 'of history', 'history', 'ancient', 'dating back', 'dates back', 'age', 'founded', 'built'],
  atLeastAfter: ['and more', 'or more', 'and over', 'plus'],
};
