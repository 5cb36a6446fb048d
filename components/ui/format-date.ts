// Dates are formatted on the server, in the server's time zone, and sent as text: a
// client formatting them in another zone would disagree with the server's HTML.
const DATE = new Intl.DateTimeFormat("en", { dateStyle: "medium" });
const DATE_TIME = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export function formatDate(date: Date) {
  return DATE.format(date);
}

export function formatDateTime(date: Date) {
  return DATE_TIME.format(date);
}
