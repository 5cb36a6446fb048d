import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";

export default async function Home() {
  redirect((await currentActor()) ? "/projects" : "/sign-in");
}
