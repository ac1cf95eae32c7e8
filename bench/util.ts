/** Small helpers shared by the benchmark's modules. */
import type { Failed } from './types.ts';

export function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	if (sorted.length === 0) return Number.NaN;
	const rank = (p / 100) * (sorted.length - 1);
	const low = Math.floor(rank);
	const high = Math.ceil(rank);
	return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
export const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

export async function attempt<T>(label: string, task: () => Promise<T>): Promise<T | Failed> {
	try {
		return await task();
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		log(`FAILED ${label}: ${message}`);
		return { error: message };
	}
}
