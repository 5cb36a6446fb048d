import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { findApiTokens } from "@/lib/tokens/manage-api-tokens";
import { CreateApiTokenForm } from "@/components/tokens/create-api-token-form";
import { TokensTable } from "@/components/tokens/tokens-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import styles from "@/components/studio/page-sections.module.css";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const actor = await requirePageActor("token.manage");
  const tokens = await findApiTokens(actor);
  return (
    <>
      <PageHeader
        title="API tokens"
        description={
          <>
            Personal tokens for the REST API (<code>/api/v1</code>) and the Python SDK. A token acts as you, with your role in
            this team.
          </>
        }
      />
      <div className={styles.stack}>
        <Card title="Create a token">
          <CreateApiTokenForm />
        </Card>
        <Card title="Your tokens" isFlush>
          <TokensTable tokens={tokens} />
        </Card>
      </div>
    </>
  );
}
