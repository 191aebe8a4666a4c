import path from 'node:path';

// Compile the app's TypeScript (config, src) once per run; every suite then boots
// Strapi from dist/. The plugin itself is built by `npm install` (postinstall).
export default async function globalSetup() {
  const appDir = path.resolve(__dirname, '..', '..');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compileStrapi } = require('@strapi/strapi');
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  await compileStrapi({ appDir, ignoreDiagnostics: true });
}
