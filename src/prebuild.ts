/** Run by `npm run build` after tsc: compiles the OpenAPI documents' validators for a fast start-up. */
import { join } from 'node:path';
import { PREBUILT_DIR } from './openapi/prebuilt-descriptions.js';
import { writePrebuiltDescriptions } from './openapi/write-prebuilt-descriptions.js';
import { ADMIN_DOCUMENT, API_DOCUMENT, PACKAGE_ROOT } from './package-paths.js';

const started = performance.now();
await writePrebuiltDescriptions(API_DOCUMENT, ADMIN_DOCUMENT, join(PACKAGE_ROOT, PREBUILT_DIR));
console.log(`prebuilt the OpenAPI validators into ${PREBUILT_DIR} in ${Math.round(performance.now() - started)} ms`);
