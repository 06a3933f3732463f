// One passage from the article, quoted as it stands, credited to the article.
interface QuoteProps {
  text: string;
  headline: string;
}

export function Quote({ text, headline }: QuoteProps) {
  return (
    <figure className="quote">
      <blockquote>
        <p>{text}</p>
      </blockquote>
      <figcaption>
        From <cite>{headline}</cite>
      </figcaption>
    </figure>
  );
}
