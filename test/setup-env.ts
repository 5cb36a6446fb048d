// Runs in every test worker before the test files: point lib/db at the test database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "vitest-only-secret";
// Artifacts the tests store go to a folder of their own, not a developer's studio data.
process.env.STUDIO_DATA_DIR ??= `${process.env.TMPDIR ?? "/tmp"}/mlstudio-vitest-data`;
