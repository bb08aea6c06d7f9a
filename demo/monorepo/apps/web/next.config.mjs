/** @type {import("next").NextConfig} */
const nextConfig = {
  // The shared workspace package is TypeScript source: compile it with the app.
  transpilePackages: ["@repo/database"],
  // postgres.js stays a plain Node module on the server (not bundled).
  experimental: { serverComponentsExternalPackages: ["postgres"] },
  eslint: { ignoreDuringBuilds: true },
  poweredByHeader: false,
};

export default nextConfig;
