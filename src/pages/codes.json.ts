import type { APIRoute } from 'astro';
import { codesExport } from '../lib/build/exports/exports.ts';
import { exportedCodes } from '../lib/build/exports/export-data.ts';
import { withBase } from '../lib/build/site/routes.ts';

export const GET: APIRoute = async ({ site }) => {
	const body = codesExport(await exportedCodes(site!), new URL(withBase('/codes.schema.json'), site).href);
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
