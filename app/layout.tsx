import type { Metadata } from "next";
import { connection } from "next/server";
import "@fontsource-variable/inter";
import "./globals.css";

export const metadata: Metadata = { title: { default: "ML Studio", template: "%s · ML Studio" } };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: Next can only put the proxy's CSP nonce on the
  // scripts of dynamically rendered pages; a prerendered page's scripts would be blocked.
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
