import type { APIRoute } from 'astro';
import { codesExport } from '../lib/exports.ts';
import { exportedCodes } from '../lib/export-data.ts';
import { withBase } from '../lib/routes.ts';

export const GET: APIRoute = async ({ site }) => {
	const body = codesExport(await exportedCodes(site!), new URL(withBase('/codes.schema.json'), site).href);
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
