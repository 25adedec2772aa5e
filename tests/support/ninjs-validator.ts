import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** Ajv's draft 2020-12 build with the official ninjs 3.1 schema and its GeoJSON schema, loaded from the project. */
export function ninjsValidator() {
  const read = (file: string) => JSON.parse(readFileSync(path.resolve('assets/schemas/ninjs', file), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(read('GeoJSON-schema.json'), 'https://geojson.org/schema/GeoJSON.json');
  return ajv.compile(read('ninjs-schema_3.1.json'));
}
