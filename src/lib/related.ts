/**
 * Related codes: what an author links by hand, plus codes that share this code's SDK message or
 * its description. Shared text is exactly where readers confuse codes (four codes say "user not in
 * the group"), so those links are never left to memory.
 */
import type { ErrorCode } from './error-code-schema.ts';

export type RelationReason = 'authored' | 'same-message' | 'same-description';

export interface Relation {
	code: number;
	reason: RelationReason;
}

export function relatedCodes(
	entry: Pick<ErrorCode, 'code' | 'message' | 'description'>,
	authored: readonly number[],
	all: readonly Pick<ErrorCode, 'code' | 'message' | 'description'>[],
): Relation[] {
	const sharedText = (other: Pick<ErrorCode, 'message' | 'description'>): RelationReason | undefined => {
		if (entry.message && other.message.toLowerCase() === entry.message.toLowerCase()) return 'same-message';
		if (other.description === entry.description) return 'same-description';
		return undefined;
	};
	const relations: Relation[] = [];
	const add = (other: Pick<ErrorCode, 'code' | 'message' | 'description'>, reason: RelationReason) => {
		if (other.code !== entry.code && !relations.some((r) => r.code === other.code)) relations.push({ code: other.code, reason });
	};
	const byCode = new Map(all.map((c) => [c.code, c]));
	for (const code of authored) {
		const other = byCode.get(code);
		if (other) add(other, sharedText(other) ?? 'authored');
	}
	for (const other of all) {
		const reason = sharedText(other);
		if (reason) add(other, reason);
	}
	return relations;
}
