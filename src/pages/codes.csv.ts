import type { APIRoute } from 'astro';
import { codesCsv } from '../lib/build/exports/exports.ts';
import { exportedCodes } from '../lib/build/exports/export-data.ts';

export const GET: APIRoute = async ({ locals }) =>
	new Response(codesCsv(await exportedCodes(locals)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
