// socket.io rooms on /workers. A worker's socket joins both at hello: commands go to the
// worker's room, and revoking a token empties the token's room, on every replica.
export function workerRoom(workerId: string) {
  return `worker:${workerId}`;
}

export function workerTokenRoom(workerTokenId: string) {
  return `worker-token:${workerTokenId}`;
}
