// One passage from the article, quoted as it stands; the panel credits the source once, not each quote.
interface QuoteProps {
  /** The passage's stable id (src/data/quoteId.ts), handed to `onReadInContext`. */
  id: string;
  text: string;
  /** Opens the Article view at this passage; without it the quote has no control. */
  onReadInContext?: ((quoteId: string) => void) | undefined;
}

/** The quote's first words, so each "Read in context" button has a name of its own for a screen reader. */
function opening(text: string): string {
  const words = text.split(/\s+/);
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : text;
}

export function Quote({ id, text, onReadInContext }: QuoteProps) {
  return (
    <figure className="quote" data-quote={id}>
      <blockquote>
        <p>{text}</p>
      </blockquote>
      {onReadInContext ? (
        <button
          type="button"
          className="quote__context"
          aria-label={`Read in context: “${opening(text)}”`}
          onClick={() => onReadInContext(id)}
        >
          Read in context
        </button>
      ) : null}
    </figure>
  );
}
