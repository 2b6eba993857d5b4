/**
 * Run by `npm run build` after tsc: compiles the OpenAPI documents' validators for a fast start-up, and
 * copies the docs page's Swagger UI files into the package.
 */
import { join } from 'node:path';
import { copySwaggerUi } from './admin-ui/copy-swagger-ui.js';
import { BUILT_SWAGGER_UI_DIR } from './admin-ui/ui-assets.js';
import { PREBUILT_DIR } from './openapi/prebuilt-descriptions.js';
import { writePrebuiltDescriptions } from './openapi/write-prebuilt-descriptions.js';
import { ADMIN_DOCUMENT, API_DOCUMENT, PACKAGE_ROOT } from './package-paths.js';

const started = performance.now();
await writePrebuiltDescriptions(API_DOCUMENT, ADMIN_DOCUMENT, join(PACKAGE_ROOT, PREBUILT_DIR));
console.log(`prebuilt the OpenAPI validators into ${PREBUILT_DIR} in ${Math.round(performance.now() - started)} ms`);
await copySwaggerUi(BUILT_SWAGGER_UI_DIR);
console.log(`copied Swagger UI's files from swagger-ui-dist into ${BUILT_SWAGGER_UI_DIR.slice(PACKAGE_ROOT.length + 1)}`);
