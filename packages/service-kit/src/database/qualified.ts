import { getTableName, sql, type Column, type SQL } from 'drizzle-orm';

/**
 * `"table"."column"`, always. Drizzle leaves columns unqualified in a query over one table, which in a
 * correlated subquery silently binds a name like "id" to the inner table instead of the outer one.
 */
export function qualified(column: Column): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
