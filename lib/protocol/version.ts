// Bumped whenever an event or message schema changes incompatibly; checked at the
// worker handshake so that an old worker is told to update instead of misbehaving.
export const PROTOCOL_VERSION = 3;
