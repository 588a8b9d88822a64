//@ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // node-redis loads a native addon (@node-rs/xxhash) that cannot be bundled, and the embedded Redis spawns a server
  // process through redis-memory-server: let Node require them at run time.
  serverExternalPackages: ['redis', '@redis/client', '@amigo/embedded-redis', 'redis-memory-server'],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'microphone=(self), camera=(), geolocation=()' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
