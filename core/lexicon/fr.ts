// Mots français d'une lecture (voir types.ts pour le rôle de chaque liste).
import type { LexiconWords } from './types';

export const fr: LexiconWords = {
  determiners: ['de', 'd', 'des', 'du', 'les', 'la', 'le', 'l', 'ses', 'leurs', 'leur', 'sa', 'son', 'ces', 'autres', 'nouveaux', 'nouvelles', 'supplementaires', 'premiers', 'derniers'],
  notNouns: [
    'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'eux', 'leur', 'qui', 'que', 'qu', 'dont', 'et', 'ou', 'mais', 'apres', 'avant', 'a', 'au', 'aux',
    'en', 'dans', 'par', 'pour', 'sur', 'avec', 'sans', 'depuis', 'pendant', 'contre', 'selon', 'est', 'sont', 'ont', 'etait', 'etaient',
    'avait', 'avaient', 'sera', 'seront', 'comme', 'si', 'quand', 'lorsque', 'tandis', 'alors', 'puis', 'aussi', 'seulement', 'ce', 'cette',
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'soit', 'parmi', 'autour', 'pres', 'vers', 'chez', 'sous', 'entre', 'malgre', 'hors', 'dont',
    'durant', 'cependant', 'maintenant', 'pourtant', 'moyennant', 'suivant', 'concernant',
  ],
  genericNouns: ['membres', 'membre', 'hommes', 'femmes', 'individus', 'elements', 'autres', 'corps', 'vies', 'combattants', 'combattant', 'allies'],
  tallyNouns: ['decompte', 'bilan', 'chiffre', 'chiffres', 'total', 'estimation', 'nombre', 'comptage'],
  tallyValue: ['a', 'de', 'contre', 'au lieu de', 'face a', 'sur'],
  numberLabels: ['no', 'n', 'num', 'numero', 'page', 'pages', 'p', 'tel', 'fax', 'art', 'article', 'chapitre', 'section', 'vol', 'ligne', 'route', 'rn', 'vol', 'salle', 'bus', 'tram', 'quai', 'porte', 'code', 'ref', 'episode', 'saison', 'tome', 'edition', 'resolution'],
  coordinators: ['et', 'mais', 'tandis', 'alors que', 'ou'],
  contrast: ['quand', 'alors que', 'tandis que', 'mais', 'contre', 'plutot que'],
  beginVerbs: ['commence', 'a commence', 'commencent', 'ont commence', 'commencer', 'debute', 'a debute', 'debuter', 'debutent', 'lance', 'a lance', 'entame', 'a entame', 'initiales', 'initiaux', 'initiale', 'initial'],
  adverbialOpeners: ['apres', 'au terme de', 'a l issue de', 'grace a', 'malgre', 'avec l appui de', 'appuyee par', 'appuyees par', 'appuyes par', 'soutenus par', 'au bout de'],
  additive: ['ainsi que', 'de meme que', 'en plus de', 'outre', 'aux cotes de'],
  subordinators: ['qui', 'que', 'qu', 'dont', 'ou', 'lorsque', 'quand', 'apres que', 'parce que', 'car'],
  relativePronouns: ['qui', 'que', 'qu', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
  completion: ['fallu', 'il a fallu', 'faut', 'mis', 'a mis', 'ont mis', 'reussi', 'parvenu', 'parvenus', 'parviennent'],
  purpose: ['pour', 'afin de', 'afin d', 'en vue de', 'en vue d', 'visant a', 'destinee a', 'destine a'],

  partBefore: ['un autre', 'une autre', 'd autres', 'dont', 'y compris', 'parmi eux', 'parmi elles', 'parmi lesquels', 'parmi lesquelles', 'a elle seule', 'a lui seul', 'rien qu'],
  partAfter: ['d entre eux', 'd entre elles', 'des', 'parmi les'],
  killingVerbs: ['tue', 'tues', 'tuant', 'tuent', 'tuer', 'abattu', 'abattus', 'execute', 'executes', 'massacre', 'massacres', 'elimine', 'elimines', 'neutralise', 'neutralises', 'detruit'],
  agentBefore: ['par', 'de', 'des', 'du', 'aux mains de', 'aux mains du', 'aux mains des', 'sous le controle de'],
  possessives: ['ses', 'leurs', 'sa', 'son', 'leur'],
  ownSide: ['des siens', 'de ses hommes', 'de ses soldats', 'de ses combattants', 'dans ses rangs'],
  reviseVerbs: ['porte', 'portee', 'revu', 'revue', 'revise', 'revisee', 'releve', 'relevee', 'ramene', 'ramenee', 'abaisse', 'corrige'],
  datePrepositions: ['le'],
  theirSide: ['dans leurs rangs', 'parmi leurs combattants', 'de leur cote'],
  whoseAfter: ['parmi', 'dans les rangs', 'dans les rangs de', 'dans les rangs des', 'du cote', 'dans le camp', 'cote', 'de', 'des', 'chez'],
  subPlaces: ['station', 'station de metro', 'dans le metro', 'dans la rame', 'gare', 'aeroport', 'terminal', 'hall', 'hall des departs', 'hopital', 'a l hopital', 'sur place', 'sur les lieux', 'sur le coup', 'checkpoint', 'rame', 'wagon'],
  otherCountVerbs: ['identifies', 'identifiees', 'identifie', 'enregistres', 'rapatries', 'evacues', 'arretes', 'interpelles', 'liberes', 'executes', 'executees', 'decapites', 'decapitees'],
  spanBefore: ['apres', 'au terme de', 'a l issue de'],
  combinedTolls: ['tues ou blesses', 'tues et blesses', 'morts ou blesses', 'morts et blesses', 'blesses ou tues'],
  otherCountNouns: ['execution', 'executions', 'decapitation', 'decapitations', 'arrestation', 'arrestations', 'evacuation', 'liberation', 'identification'],

  excluding: ['sans compter', 'non compris', 'sans inclure', 'a l exclusion de', 'sans les'],
  rateAfter: ['par jour', 'chaque jour', 'par semaine', 'par heure', 'a l heure', 'par mois', 'par an', 'par nuit', 'quotidiennes', 'quotidiens', 'quotidienne', 'quotidien'],
  rateWords: ['quotidiennes', 'quotidiens', 'quotidienne', 'quotidien', 'hebdomadaires', 'moyenne', 'rythme', 'cadence'],

  windowBefore: ['en', 'pendant', 'durant', 'au cours des', 'au cours de', 'dans les', 'sur', 'lors des', 'lors de', 'en l espace de', 'en l espace d'],
  severalDays: ['ces derniers jours', 'les derniers jours', 'au cours des derniers jours', 'dans les derniers jours', 'ces dernieres semaines', 'les dernieres semaines', 'les premiers jours', 'dans les premiers jours', 'en quelques jours'],
  windowLast: ['dernieres', 'derniers', 'precedentes', 'precedents', 'premieres', 'premiers'],
  windowNow: ['dernieres', 'derniers'],
  dateLabels: ['date', 'dates', 'periode', 'quand'],
  singleDay: ['en une journee', 'en une seule journee', 'en un jour', 'en une seule nuit', 'en une nuit', 'en 24 heures', 'dans la seule journee', 'en une seule journee'],
  dayInside: ['le premier jour', 'le dernier jour', 'le lendemain', 'la veille', 'le jour meme', 'le meme jour', 'ce jour la', 'des le lendemain', 'dans la nuit', 'le jour suivant', 'le deuxieme jour', 'le second jour', 'le troisieme jour', 'au lendemain'],

  dateDefinition: ['quand', 'lorsque', 'lorsqu', 'ou', 'jour ou', 'le jour ou', 'jour du', 'jour de', 'date a laquelle', 'date ou', 'date du', 'date de', 'la date a laquelle', 'jour auquel'],
  since: ['depuis', 'des'],
  offsetAfter: ['apres', 'avant', 'plus tot', 'plus tard', 'auparavant', 'plus loin'],
  offsetBefore: ['il y a'],
  // "du" alone is "of" ("celle du 27 mars"); it is "from" only after a verb of dating, or before "au" (a period the date parser reads).
  fromDay: ['a partir du', 'a partir de', 'des le', 'datee du', 'date du', 'datent du', 'datant du', 'dater du'],
  until: ['jusqu au', 'jusqu a', 'jusqu'],

  superlatives: ['plus lourd', 'plus lourde', 'plus important', 'plus importante', 'plus grand', 'plus grande', 'pire', 'plus meurtrier', 'plus meurtriere', 'premier', 'premiere'],

  modal: [
    'espere', 'esperent', 'espoir', 'prevoit', 'prevoient', 'prevu', 'prevue', 'pourrait', 'pourraient', 'devrait', 'devraient', 'envisage',
    'envisagent', 'souhaite', 'souhaitent', 'vise', 'visent', 'pourra', 'pourront', 'devra', 'devront', 'sans doute',
    'probablement', 'attendu', 'attendue', 'attendus',
  ],
  sourceBefore: ['selon', 'd apres', 'citant', 'de source'],
  sayVerbs: ['a dit', 'dit', 'retient', 'retiennent', 'situe', 'situent', 'donne', 'donnent', 'avance', 'avancent', 'a declare', 'declare', 'annonce', 'a annonce', 'affirme', 'a affirme', 'indique', 'a indique', 'rapporte', 'a rapporte', 'assure', 'recense', 'denombre', 'evoque', 'releve', 'a releve', 'revu', 'precise', 'estime', 'ajoute', 'confirme', 'parle', 'parlent'],

  placePrepositions: ['a', 'en', 'au', 'aux', 'dans', 'pres de', 'vers', 'sur', 'autour de'],
  inPassing: ['apres', 'avant', 'comme', 'que', 'depuis', 'contrairement a', 'a l instar de'],
  placeNouns: ['ville', 'cite', 'localite', 'village', 'oasis', 'bourgade', 'agglomeration', 'fief', 'bastion', 'cite antique', 'ville antique', 'parc', 'quartier', 'province', 'region', 'marche', 'banlieue'],
  siteNouns: ['site', 'site antique', 'ruines', 'vestiges', 'patrimoine', 'histoire', 'civilisation'],
  ageWords: ['vieille', 'vieux', 'vieilles', 'agee', 'age', 'd histoire', 'histoire', 'millenaire', 'millenaires', 'remonte', 'datant', 'antique', 'fondee', 'fonde', 'batie', 'construite'],
  atLeastAfter: ['et plus', 'ou plus', 'au moins'],
};
