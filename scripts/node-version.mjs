// Plain JavaScript on purpose: it must run, and explain itself, on a Node too old for the
// project's TypeScript scripts (Node 20 stops at a .ts file with ERR_UNKNOWN_FILE_EXTENSION).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The lowest Node the project runs on: `engines.node` in package.json, the one place it is written. */
export function requiredNode(packageJson) {
	const match = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(packageJson.engines?.node ?? '');
	if (!match)
		throw new Error(
			`package.json: engines.node must read ">=major.minor.patch", not ${JSON.stringify(packageJson.engines?.node)}`,
		);
	return match.slice(1, 4).map(Number);
}

/** Whether `version` ("v22.23.3" or "22.23.3") is at least `required` ([22, 18, 0]). */
export function satisfies(version, required) {
	const actual = version.replace(/^v/, '').split('.').map(Number);
	for (let i = 0; i < 3; i++) {
		if ((actual[i] ?? 0) !== required[i]) return (actual[i] ?? 0) > required[i];
	}
	return true;
}

export function explanation(version, required) {
	const wanted = required.join('.');
	return [
		`This project needs Node ${wanted} or newer; this is Node ${version.replace(/^v/, '')}.`,
		'On Linux x64, `npm ci` installs a pinned Node 22 into node_modules and every npm script runs on it:',
		'run scripts as `npm run <name>`, not `node <file>`. Elsewhere, install Node ' + wanted + ' or newer.',
	].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf-8'));
	const required = requiredNode(packageJson);
	if (!satisfies(process.version, required)) {
		console.error(explanation(process.version, required));
		process.exit(1);
	}
}
