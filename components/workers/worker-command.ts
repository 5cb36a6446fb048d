/** The command that starts a worker, as shown beside a new token and in the empty state. */
export function workerCommand(origin: string, token: string) {
  return `npm run worker -- --server ${origin} --token ${token}`;
}
