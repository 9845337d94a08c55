// The reference as the content script carries it: the matching subset of the dataset, compiled once.
import data from 'virtual:palmyra-runtime-reference';
import { compileReference, type CompiledReference } from '@/core/reference/compile';

let compiled: CompiledReference | undefined;

export function reference(): CompiledReference {
  compiled ??= compileReference(data);
  return compiled;
}
