// `npm run openapi:types`: regenerates test/generated/api-types.ts (openapi-typescript) from the
// document the app serves; test/integration/api-client.test.ts fails when the committed file differs.
import fs from 'node:fs';
import { API_TYPES_FILE, generateApiTypes } from '../test/helpers/api-types.ts';
import { generateOpenApi } from './write-openapi.ts';

fs.writeFileSync(API_TYPES_FILE, await generateApiTypes(JSON.parse(await generateOpenApi())));
console.log('wrote test/generated/api-types.ts');
