import { revokeWorkerTokenAction } from "@/lib/workers/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDate, formatDateTime } from "@/components/ui/format-date";
import { Table } from "@/components/ui/table";
import styles from "./workers.module.css";

type TWorkerToken = { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; workerCount: number };

export function WorkerTokensTable({ tokens }: { tokens: TWorkerToken[] }) {
  if (tokens.length === 0) {
    return <p className={styles.noTokens}>No worker tokens yet. Create one above for each machine or fleet that will run your team&apos;s code.</p>;
  }
  return (
    <Table label="Worker tokens">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Token</th>
          <th scope="col" data-align="end">
            Workers
          </th>
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
            <td data-align="end">{token.workerCount}</td>
            <td data-muted>{formatDate(token.createdAt)}</td>
            <td data-muted>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "Never"}</td>
            <td data-align="end">
              <ConfirmButton
                label="Revoke"
                accessibleLabel={`Revoke worker token ${token.name}`}
                title={`Revoke the worker token “${token.name}”?`}
                description="Workers using it are disconnected at once, and the kernels they run are lost. This cannot be undone."
                action={revokeWorkerTokenAction}
                input={{ tokenId: token.id }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
