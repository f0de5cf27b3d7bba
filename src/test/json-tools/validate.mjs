// Validates JSON documents against the published JSON Schema files with two validators that know nothing of
// ci-callback: ajv and jsonschema. Every file is handed to them as it is; they resolve the cross-file $refs by
// each file's $id. Usage: node validate.mjs SCHEMA_DIR ROOT_FILE DOCUMENT...
// Prints one line per document and validator; exits 1 when any document is invalid for either.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import jsonschema from 'jsonschema';

const [schemaDir, rootFile, ...documents] = process.argv.slice(2);

function schemaFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? schemaFiles(path) : name.endsWith('.schema.json') ? [path] : [];
  });
}

const schemas = schemaFiles(schemaDir).map((path) => ({ path, schema: JSON.parse(readFileSync(path, 'utf8')) }));
const ajv = new Ajv({ strict: false, allErrors: true });
const other = new jsonschema.Validator();
for (const { path, schema } of schemas) {
  if (!schema.$id) {
    console.error(`${relative(schemaDir, path)}: no $id`);
    process.exit(2);
  }
  ajv.addSchema(schema);
  other.addSchema(schema, schema.$id);
}
const root = schemas.find(({ path }) => relative(schemaDir, path) === rootFile).schema;
const ajvValidate = ajv.getSchema(root.$id);

let failed = 0;
for (const document of documents) {
  const body = JSON.parse(readFileSync(document, 'utf8'));
  const ajvValid = ajvValidate(body);
  const otherResult = other.validate(body, root, { nestedErrors: true });
  const problems = [];
  if (!ajvValid) {
    problems.push(`ajv: ${ajv.errorsText(ajvValidate.errors)}`);
  }
  if (!otherResult.valid) {
    problems.push(`jsonschema: ${otherResult.errors.map((e) => e.stack).join('; ')}`);
  }
  failed += problems.length > 0 ? 1 : 0;
  console.log(`${document}: ${problems.length === 0 ? 'valid (ajv, jsonschema)' : problems.join(' | ')}`);
}
process.exit(failed > 0 ? 1 : 0);
