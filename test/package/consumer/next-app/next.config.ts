import type { NextConfig } from 'next';

// The test installs this app in a temporary folder with next, react and react-dom linked from the
// repository's node_modules: Turbopack compiles only files under its root, so the test passes a
// folder that holds both (NEXT_TEST_ROOT).
const config: NextConfig = {
  turbopack: { root: process.env.NEXT_TEST_ROOT },
  outputFileTracingRoot: process.env.NEXT_TEST_ROOT,
};

export default config;
