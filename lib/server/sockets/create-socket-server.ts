// socket.io on the studio's HTTP server. With REDIS_URL the Redis adapter makes rooms and
// emits span all replicas, so no replica holds state another one needs.
import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { createAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
import { registerSocketServer } from "@/lib/server/publish";
import { setUpStudioNamespace } from "./studio-namespace";
import { setUpWorkersNamespace } from "./workers-namespace";

export async function createSocketServer(httpServer: HttpServer, options: { redisUrl?: string; isDev: boolean }) {
  // In dev, leaving upgrades to Next's hot-reload socket avoids a reconnect loop.
  // Room for a cell's code (up to 5 MB) and a worker's largest output (capped at 8 MB there).
  const io = new Server(httpServer, { destroyUpgrade: !options.isDev, serveClient: false, maxHttpBufferSize: 16e6 });
  const closers: Array<() => Promise<unknown>> = [];
  if (options.redisUrl) {
    const pub = createClient({ url: options.redisUrl });
    const sub = pub.duplicate();
    await Promise.all([pub.connect(), sub.connect()]);
    io.adapter(createAdapter(pub, sub));
    closers.push(() => pub.quit(), () => sub.quit());
  }
  // Refuse the default namespace: every client must pick /studio or /workers.
  io.of("/").use((_socket, next) => next(new Error("Connect to /studio or /workers.")));
  setUpStudioNamespace(io.of("/studio"));
  const workers = setUpWorkersNamespace(io.of("/workers"));
  registerSocketServer(io);
  return {
    io,
    async close() {
      await workers.settle();
      await new Promise((resolve) => io.close(resolve));
      await workers.drain();
      await Promise.allSettled(closers.map((close) => close()));
    },
  };
}
