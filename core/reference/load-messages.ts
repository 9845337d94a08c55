// What loadDataset says of a dataset it refuses, in plain words, in English and French: the reader
// who wrote the file sees it in the options page or on the command line. One fault at a time, the
// first in the file; its place is said apart, as a JSON path (load.ts).
import type { Lang } from '../types';

/** What a JSON value is, in the reader's words. */
export type JsonKind = 'number' | 'integer' | 'text' | 'boolean' | 'list' | 'object' | 'null' | 'nothing';

export type LoadFault =
  | { kind: 'invalid-json'; line?: number; column?: number }
  | { kind: 'empty-file' }
  | { kind: 'no-version' }
  | { kind: 'newer-version'; version: number; latest: number }
  | { kind: 'unknown-version'; version: string; latest: number }
  | { kind: 'wrong-type'; expected: JsonKind; found: JsonKind }
  | { kind: 'missing'; field: string }
  | { kind: 'unknown-field'; field: string }
  | { kind: 'id-format'; found: string }
  | { kind: 'date-format'; found: string }
  | { kind: 'no-such-day'; found: string }
  | { kind: 'language-tag'; found: string }
  | { kind: 'unit-format'; found: string }
  | { kind: 'unit-dimension'; found: string }
  | { kind: 'one-of'; options: string[]; found: string }
  | { kind: 'not-whole'; found: number }
  | { kind: 'empty' }
  | { kind: 'at-least'; minimum: number }
  | { kind: 'duplicate-id'; id: string; first: string }
  | { kind: 'unknown-group'; id: string }
  | { kind: 'quote-order'; start: number; end: number }
  | { kind: 'date-order'; start: string; end: string }
  | { kind: 'range-order'; min: number; max: number }
  | { kind: 'date-unit' }
  /** `found`: where the quoted text is instead, when it is elsewhere in the text. */
  | { kind: 'not-in-text'; text: string; found?: number }
  | { kind: 'other'; detail: string };

/** A kind as the object of "expected …" and "found …": English noun phrase; French noun phrase and its agreement. */
const KINDS: Record<JsonKind, { en: string; fr: string; frFeminine?: boolean }> = {
  number: { en: 'a number', fr: 'un nombre' },
  integer: { en: 'a whole number', fr: 'un nombre entier' },
  text: { en: 'text', fr: 'du texte' },
  boolean: { en: 'true or false', fr: 'true ou false' },
  list: { en: 'a list', fr: 'une liste', frFeminine: true },
  object: { en: 'an object', fr: 'un objet' },
  null: { en: 'null', fr: 'null' },
  nothing: { en: 'nothing', fr: 'rien' },
};

const q = (s: string, lang: Lang) => (lang === 'fr' ? `« ${s} »` : `“${s}”`);
const list = (items: string[], lang: Lang) => items.map((i) => q(i, lang)).join(', ');

function expectedFound(expected: JsonKind, found: JsonKind, lang: Lang): string {
  const e = KINDS[expected];
  const f = KINDS[found];
  if (lang === 'en') return `expected ${e.en}, found ${f.en}`;
  const expectedFr = `${e.fr} est attendu${e.frFeminine ? 'e' : ''}`;
  const foundFr = found === 'nothing' ? "rien n'a été trouvé" : `${f.fr} a été trouvé${f.frFeminine ? 'e' : ''}`;
  return `${expectedFr}, ${foundFr}`;
}

/** The fault in the reader's language. */
export function faultMessage(fault: LoadFault, lang: Lang): string {
  const en = lang === 'en';
  switch (fault.kind) {
    case 'invalid-json': {
      const at = fault.line !== undefined ? (en ? ` (line ${fault.line}, column ${fault.column})` : ` (ligne ${fault.line}, colonne ${fault.column})`) : '';
      return en ? `the file is not valid JSON${at}: look for a missing comma, quote or bracket there` : `le fichier n'est pas du JSON valide${at} : une virgule, un guillemet ou une accolade y manque sans doute`;
    }
    case 'empty-file':
      return en ? 'the file is empty' : 'le fichier est vide';
    case 'no-version':
      return en ? 'the dataset has no “version”: it must say which format it is written in (3 for this one)' : 'le jeu de données n’a pas de « version » : il doit dire dans quel format il est écrit (3 pour celui-ci)';
    case 'newer-version':
      return en
        ? `the dataset is of version ${fault.version}, newer than this version of Palmyra reads (1 to ${fault.latest}): update the extension`
        : `le jeu de données est de version ${fault.version}, plus récente que ce que lit cette version de Palmyra (1 à ${fault.latest}) : mettez l’extension à jour`;
    case 'unknown-version':
      return en ? `the version ${q(fault.version, lang)} is not one Palmyra knows: expected a whole number from 1 to ${fault.latest}` : `la version ${q(fault.version, lang)} n’en est pas une que Palmyra connaît : un nombre entier de 1 à ${fault.latest} est attendu`;
    case 'wrong-type':
      return expectedFound(fault.expected, fault.found, lang);
    case 'missing':
      return en ? `the required field ${q(fault.field, lang)} is missing` : `le champ obligatoire ${q(fault.field, lang)} manque`;
    case 'unknown-field':
      return en ? `unknown field ${q(fault.field, lang)}: check its spelling, or remove it` : `champ inconnu ${q(fault.field, lang)} : vérifiez son orthographe, ou retirez-le`;
    case 'id-format':
      return en
        ? `${q(fault.found, lang)} is not a valid id: use lowercase letters and digits joined by hyphens, like “flood-deaths”`
        : `${q(fault.found, lang)} n’est pas un identifiant valide : lettres minuscules et chiffres reliés par des tirets, comme « flood-deaths »`;
    case 'date-format':
      return en ? `${q(fault.found, lang)} is not a date written year-month-day, like “2016-03-27”` : `${q(fault.found, lang)} n’est pas une date écrite année-mois-jour, comme « 2016-03-27 »`;
    case 'no-such-day':
      return en ? `${q(fault.found, lang)} is not a day of the calendar` : `${q(fault.found, lang)} n’est pas un jour du calendrier`;
    case 'language-tag':
      return en ? `${q(fault.found, lang)} is not a language tag: use a code like “en”, “fr” or “pt-BR”` : `${q(fault.found, lang)} n’est pas un code de langue : utilisez un code comme « en », « fr » ou « pt-BR »`;
    case 'unit-format':
      return en
        ? `${q(fault.found, lang)} is not a unit: use a known unit (person, km, day, date, rank…) or one lowercase word for what is counted, like “vehicle”`
        : `${q(fault.found, lang)} n’est pas une unité : utilisez une unité connue (person, km, day, date, rank…) ou un mot en minuscules pour ce qui est compté, comme « vehicle »`;
    case 'unit-dimension':
      return en
        ? `${q(fault.found, lang)} is a unit of time or distance: use one of hour, day, week, month, year or km`
        : `${q(fault.found, lang)} est une unité de temps ou de distance : utilisez hour, day, week, month, year ou km`;
    case 'one-of':
      return en ? `${q(fault.found, lang)} is not allowed here: expected one of ${list(fault.options, lang)}` : `${q(fault.found, lang)} n’est pas permis ici : une de ces valeurs est attendue : ${list(fault.options, lang)}`;
    case 'not-whole':
      return en ? `expected a whole number, found ${fault.found}` : `un nombre entier est attendu, ${fault.found} a été trouvé`;
    case 'empty':
      return en ? 'must not be empty' : 'ne doit pas être vide';
    case 'at-least':
      return en ? `must be ${fault.minimum} or more` : `doit valoir au moins ${fault.minimum}`;
    case 'duplicate-id':
      return en ? `the id ${q(fault.id, lang)} is already used at ${fault.first}` : `l’identifiant ${q(fault.id, lang)} est déjà utilisé en ${fault.first}`;
    case 'unknown-group':
      return en ? `no alias group has the id ${q(fault.id, lang)}: add it to “aliases”, or fix the name` : `aucun groupe d’alias n’a l’identifiant ${q(fault.id, lang)} : ajoutez-le aux « aliases », ou corrigez le nom`;
    case 'quote-order':
      return en ? `the quote ends (${fault.end}) before it starts (${fault.start})` : `la citation finit (${fault.end}) avant de commencer (${fault.start})`;
    case 'date-order':
      return en ? `the end date ${fault.end} is before the start date ${fault.start}` : `la date de fin ${fault.end} précède la date de début ${fault.start}`;
    case 'range-order':
      return en ? `the smallest value (${fault.min}) is larger than the largest (${fault.max})` : `la plus petite valeur (${fault.min}) dépasse la plus grande (${fault.max})`;
    case 'date-unit':
      return en ? 'a date value goes with unit “date” and kind “date”, and unit “date” with a date value' : 'une valeur de date va avec l’unité « date » et le genre « date », et l’unité « date » avec une valeur de date';
    case 'not-in-text': {
      const end = fault.found === undefined ? undefined : fault.found + fault.text.length;
      if (en) return `${q(fault.text, lang)} is not at these offsets in the source's text ${end === undefined ? '(nor anywhere in it)' : `(it is at ${fault.found}–${end})`}`;
      return `${q(fault.text, lang)} n’est pas à ces positions dans le texte de la source ${end === undefined ? '(ni nulle part ailleurs)' : `(il est en ${fault.found}–${end})`}`;
    }
    case 'other':
      return fault.detail;
  }
}
