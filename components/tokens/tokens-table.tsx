import { revokeApiTokenAction } from "@/lib/tokens/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDate, formatDateTime } from "@/components/ui/format-date";
import { Table } from "@/components/ui/table";
import styles from "./tokens.module.css";

type TToken = { id: string; name: string; prefix: string; scope: "FULL" | "ENDPOINTS"; createdAt: Date; lastUsedAt: Date | null };

export function TokensTable({ tokens }: { tokens: TToken[] }) {
  if (tokens.length === 0) {
    return <p className={styles.none}>You have no API tokens. Create one above to call the API or use the Python SDK.</p>;
  }
  return (
    <Table label="Your API tokens">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Token</th>
          <th scope="col">Access</th>
          <th scope="col">Created</th>
          <th scope="col">Last used</th>
          <th scope="col" data-align="end">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.id}>
            <td>{token.name}</td>
            <td className={styles.prefix}>{token.prefix}…</td>
            <td data-muted>{token.scope === "ENDPOINTS" ? "Endpoints only" : "Full"}</td>
            <td data-muted>{formatDate(token.createdAt)}</td>
            <td data-muted>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "Never"}</td>
            <td data-align="end">
              <ConfirmButton
                label="Revoke"
                accessibleLabel={`Revoke token ${token.name}`}
                title={`Revoke the token “${token.name}”?`}
                description="Anything using it stops working at once. This cannot be undone."
                action={revokeApiTokenAction}
                input={{ tokenId: token.id }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
