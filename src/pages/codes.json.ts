import type { APIRoute } from 'astro';
import { codesExport } from '../lib/build/exports/exports.ts';
import { exportedCodes } from '../lib/build/exports/export-data.ts';

export const GET: APIRoute = async ({ locals }) => {
	const body = codesExport(await exportedCodes(locals), locals.absolute(locals.links.file('/codes.schema.json')));
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
