import { io, type Socket } from "socket.io-client";

/**
 * The browser's /studio socket. The server closes a user's sockets when their membership
 * changes (a role, a removal); socket.io does not reconnect after a close by the server, so
 * this does, and the rooms are joined again under the new membership (or refused).
 */
export function openStudioSocket(): Socket {
  const socket = io("/studio", { withCredentials: true });
  socket.on("disconnect", (reason) => {
    if (reason === "io server disconnect") socket.connect();
  });
  return socket;
}
