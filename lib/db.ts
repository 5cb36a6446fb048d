// The one Prisma client. The query compiler is WebAssembly inside @prisma/client and
// talks to PostgreSQL through the pg driver adapter: no native engine to download.
import { PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { closePreparedPool } from "./db/prepared-query";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the studio with `npm start`.");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

// Created on first use so that importing a module never needs a database.
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    globalForPrisma.prisma ??= createClient();
    const value = Reflect.get(globalForPrisma.prisma, property);
    return typeof value === "function" ? value.bind(globalForPrisma.prisma) : value;
  },
});

/** Forgets the client: the next use connects to DATABASE_URL as it is then (the benchmarks
 * start one database after another in one process). */
export async function disconnectDb() {
  const client = globalForPrisma.prisma;
  globalForPrisma.prisma = undefined;
  await Promise.all([client?.$disconnect(), closePreparedPool()]);
}

export type { Role } from "@prisma/client";
