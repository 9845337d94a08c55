// The bundled reference dataset, typed. Validated against its zod schema by `npm run dataset`
// and the unit tests, not at run time, so that zod stays out of the content script.
import raw from '../../data/reference.json';
import { compileReference, type CompiledReference } from './compile';
import type { ReferenceDatasetT } from './schema';

export const referenceDataset = raw as unknown as ReferenceDatasetT;

let compiled: CompiledReference | undefined;

/** The dataset prepared for matching, built once per context. */
export function reference(): CompiledReference {
  compiled ??= compileReference(referenceDataset);
  return compiled;
}
