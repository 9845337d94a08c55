import { describe, expect, it } from 'vitest';
import { lexicon } from '../lexicon';
import { tokenize } from '../text/tokens';
import { creditSpans } from './credits';

const LABELS = [lexicon('en').creditLabels, lexicon('fr').creditLabels];
const credits = (text: string) => creditSpans(text, tokenize(text), LABELS).map((s) => text.slice(s.start, s.end));

describe('creditSpans: the credit of a photo or a video', () => {
  it.each([
    ['Des soldats devant la citadelle, le 27 mars. © Karim Haddad / L’Objectif, 27 mars 2016', ['© Karim Haddad / L’Objectif, 27 mars 2016']],
    ['Photo: SANA via Reuters, 27.03.2016', ['Photo: SANA via Reuters, 27.03.2016']],
    ['Crédit photo : Agence Image, 28 mars 2016', ['Crédit photo : Agence Image, 28 mars 2016']],
    ['Smoke over the town (© AFP 2016). Troops entered on Sunday.', ['© AFP 2016).']],
  ])('%s → %j', (text, spans) => expect(credits(text)).toEqual(spans));

  it.each([
    ['Troops retook Palmyra on 27 March 2016.'],
    ['Photos of the ruins taken on 27 March show the damage.'],
    ['La photo : un soldat devant le musée, le 27 mars.'],
    ['Photo: Syrian troops raise their flag over the citadel of Palmyra on 27 March, the day the army said it had retaken the town.'],
  ])('%s has no credit', (text) => expect(credits(text)).toEqual([]));
});
