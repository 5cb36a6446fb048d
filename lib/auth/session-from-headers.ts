// The signed-in user of a plain Node request (a socket's handshake, the inference gateway):
// next-auth's session cookie, decoded without going through Next.
import type { IncomingHttpHeaders } from "node:http";
import { parseCookie } from "cookie";
import { getToken } from "next-auth/jwt";
import { TEAM_COOKIE } from "./actor-for-user";

export async function sessionFromHeaders(headers: IncomingHttpHeaders) {
  const cookies = parseCookie(headers.cookie ?? "");
  const token = await getToken({ req: { headers, cookies } as never, secret: process.env.NEXTAUTH_SECRET });
  return { userId: token?.sub ?? null, preferredTeamId: cookies[TEAM_COOKIE] };
}
