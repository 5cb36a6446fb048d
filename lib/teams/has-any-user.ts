import { db } from "@/lib/db";

/** Whether anyone has signed up yet: the sign-up page is open only to the first user. */
export async function hasAnyUser() {
  return (await db.user.findFirst({ select: { id: true } })) !== null;
}
