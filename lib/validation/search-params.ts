/** A page's searchParams as Next hands them over. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of every key (a repeated key is someone's hand-made URL). */
export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

/** The query string of a set of filters, defaults (undefined, false, "") left out; "" when nothing is set. */
export function toQueryString(values: Record<string, string | number | boolean | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === false || value === "") continue;
    params.set(key, value === true ? "1" : String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
