// Child-process entry for multi-instance and fault tests: one Strapi listening on PORT,
// booted from the compiled app (dist/) with the environment the parent passes.
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');
createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false })
  .start()
  .then(() => process.send && process.send({ ready: true }))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
