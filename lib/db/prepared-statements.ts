// PostgreSQL parses and plans an unnamed statement again at every execution. For the portal's
// joins that is most of the database's work (decision 113: a save's command took 5.0 ms of
// PostgreSQL's CPU, 1.7 ms prepared). A named statement is parsed once per connection and its plan
// kept: pg sends Parse only the first time on each connection.

export interface PreparedStatementLimits {
  /** Longer texts stay unnamed: the bulk writes' multi-row statements, which vary with their row count and run rarely. */
  textLength: number;
  /** Texts named at most, so that no connection keeps more prepared statements than this. */
  count: number;
}

const appLimits: PreparedStatementLimits = { textLength: 8_000, count: 500 };

/**
 * Names statements for one client's connections: the same text always gets the same name, each new
 * text a new one until the count is reached; after that, and for long texts, "" (unnamed: parsed and
 * planned at every execution, as without names).
 */
export function preparedStatementNames(limits: PreparedStatementLimits = appLimits): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    if (sql.length > limits.textLength || names.size >= limits.count) return "";
    const name = `portal_${names.size + 1}`;
    names.set(sql, name);
    return name;
  };
}
