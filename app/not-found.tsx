import { AuthShell } from "@/components/auth/auth-shell";
import { AuthCard } from "@/components/auth/auth-card";
import { ButtonLink } from "@/components/ui/button";

// Addresses that match no route at all; missing things inside the studio use (studio)/not-found.
export default function NotFound() {
  return (
    <AuthShell>
      <AuthCard title="Page not found" description="There is no page at this address. Check the link, or start from the home page.">
        <ButtonLink href="/" variant="primary">
          Go to the home page
        </ButtonLink>
      </AuthCard>
    </AuthShell>
  );
}
