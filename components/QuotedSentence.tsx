/** A sentence of the dispatch with the quoted figure marked. Text only: never parsed as HTML. */
export function QuotedSentence({ sentence, quote }: { sentence: string; quote: string }) {
  const at = quote ? sentence.indexOf(quote) : -1;
  if (at === -1) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, at)}
      <mark>{quote}</mark>
      {sentence.slice(at + quote.length)}
    </>
  );
}
