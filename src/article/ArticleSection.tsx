// The Article view as the page loads it: the article's text comes with it, the first time a reader opens it.
import article from 'virtual:article-text';
import type { Country } from '../data/model';
import { ArticleView } from './ArticleView';

export interface ArticleSectionProps {
  headline: string;
  countries: Country[];
  quote: string | null;
  onOpenCountry: (alpha3: string) => void;
}

export default function ArticleSection(props: ArticleSectionProps) {
  return <ArticleView article={article} {...props} />;
}
