import type { APIRoute } from 'astro';
import { codesJsonSchema } from '../lib/build/exports/exports.ts';

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(codesJsonSchema(), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
