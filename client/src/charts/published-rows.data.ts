/** `published.rows` answers that a card adds up or lists whole. */
import { PUBLISHED_ROWS_PAGE, type PublishedRowOut, type PublishedRowsPage } from '../../../shared/published.ts';

/** The rows of a listing that fits one answer; more rows than one page is an error, never a silent cut. */
export function wholeListing(page: PublishedRowsPage): PublishedRowOut[] {
  if (page.offset > 0 || page.total > page.rows.length) {
    throw new Error(
      `${page.total.toLocaleString('en')} published rows match, more than the ${PUBLISHED_ROWS_PAGE.toLocaleString('en')} one answer lists: narrow the period, jurisdictions or platform.`,
    );
  }
  return page.rows;
}
