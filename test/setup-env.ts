// Runs in every test worker before the test files: point lib/db at the test database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "vitest-only-secret";
