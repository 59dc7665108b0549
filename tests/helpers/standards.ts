import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { projectRoot } from './run-astro';

const SCHEMAS = join(projectRoot, 'tests/fixtures/schemas');
const W3C = join(SCHEMAS, 'web-annotation-tests');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** One failed assertion: the W3C test's title and its own error message. */
export interface Failure {
	assertion: string;
	message: string;
}

/**
 * The W3C web-annotation-tests "musts" for one kind (`annotations` or
 * `collections`), as the suite runs them: each assertion is a JSON Schema
 * (draft-04) with an `expectedResult`; an object fails it when validating
 * gives the other result. Returns a function that lists the failures.
 */
export function w3cMusts(kind: 'annotations' | 'collections'): (value: unknown) => Failure[] {
	// The suite's schemas carry their own keywords (assertionType, expectedResult, errorMessage…), so strict mode is off.
	const ajv = new Ajv04({ strict: false, allErrors: false });
	addFormats(ajv);
	for (const name of readdirSync(join(W3C, 'definitions'))) ajv.addSchema(readJson(join(W3C, 'definitions', name)));
	const test = readJson(join(W3C, kind, kind === 'annotations' ? 'annotationMusts.test' : 'collectionMusts.test'));
	const assertions = (test.assertions as string[]).map((path) => {
		const schema = readJson(join(W3C, path));
		return { schema, validate: ajv.compile(schema) };
	});
	return (value) =>
		assertions
			.filter(({ schema, validate }) => validate(value) !== (schema.expectedResult === 'valid'))
			.map(({ schema }) => ({ assertion: schema.title as string, message: schema.errorMessage as string }));
}

/** The CSL-JSON input schema (csl-data.json, draft-07): returns Ajv's errors for a CSL-JSON file's data, none when valid. */
export function cslData(): (value: unknown) => string[] {
	const ajv = new Ajv({ strict: false, allErrors: true });
	addFormats(ajv);
	const validate = ajv.compile(readJson(join(SCHEMAS, 'csl-schema/csl-data.json')));
	return (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}
