/**
 * Whether `error` (or what it wraps: Drizzle wraps the driver's error as its cause) is PostgreSQL
 * refusing a row because `constraint` already holds one like it (SQLSTATE 23505). node-postgres and
 * PGlite both report the code and the constraint's name.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let current = error; current instanceof Object; current = (current as { cause?: unknown }).cause) {
    const { code, constraint: violated } = current as { code?: unknown; constraint?: unknown };
    if (code === '23505') return violated === constraint;
  }
  return false;
}
