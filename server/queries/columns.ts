/**
 * The column list of a bulk insert, from a record naming every key of the new row's type once.
 * A plain list checks each name but not that none is missing: a column added to a table (and its
 * row type) and left out of the list would be silently not written. With a record it is a
 * compile error. Object.keys keeps the record's order (the keys are not integers).
 */
export const everyColumn = <Row>(columns: Record<keyof Row & string, true>): (keyof Row & string)[] =>
  Object.keys(columns) as (keyof Row & string)[];
