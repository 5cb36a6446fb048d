// The runs table's state lives in the URL: filters, sort, columns and page. These read it and
// build the links that change one part of it.
export type TRunsSearch = Record<string, string>;

/** Next gives repeated parameters (a form's checkboxes) as arrays: the table takes lists as commas. */
export function toRunsSearch(searchParams: Record<string, string | string[] | undefined>): TRunsSearch {
  const search: TRunsSearch = {};
  for (const [key, value] of Object.entries(searchParams)) {
    const text = Array.isArray(value) ? value.join(",") : value;
    if (text) search[key] = text;
  }
  return search;
}

/** A list page's address with some of its search changed (undefined: removed). */
export function searchHref(path: string, search: TRunsSearch, changes: Record<string, string | undefined>) {
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...search, ...changes })) if (value) next.set(key, value);
  const query = next.toString();
  return query ? `${path}?${query}` : path;
}

export function runsHref(search: TRunsSearch, changes: Record<string, string | undefined>) {
  return searchHref("/experiments", search, changes);
}

/** A header's link: sort by it, descending first; again, ascending. The page resets to 1. */
export function sortHref(search: TRunsSearch, column: string) {
  const isCurrent = (search.sort ?? "startedAt") === column;
  const order = isCurrent && (search.order ?? "desc") === "desc" ? "asc" : "desc";
  return runsHref(search, { sort: column, order, page: undefined });
}
