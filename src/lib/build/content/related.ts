/**
 * Related codes: what an author links by hand, plus codes that share this code's SDK message or
 * its description. Shared text is exactly where readers confuse codes (four codes say "user not in
 * the group"), so those links are never left to memory.
 */
import type { ErrorCode } from '../table/error-code-schema.ts';

/** Why a code is related: linked by its author, or sharing its message or description (labelled on the page). */
export const RELATION_REASONS = ['authored', 'same-message', 'same-description'] as const;
export type RelationReason = (typeof RELATION_REASONS)[number];

export interface Relation {
	code: number;
	reason: RelationReason;
}

type Relatable = Pick<ErrorCode, 'code' | 'message' | 'description'>;
const messageKey = (message: string) => message.toLowerCase();

/**
 * Indexes every code by message and description once, so relating all codes of a 10,000-code
 * table costs one lookup per page instead of a scan of the table per page.
 */
export function createRelationIndex(all: readonly Relatable[]) {
	const byCode = new Map(all.map((c) => [c.code, c]));
	const position = new Map(all.map((c, i) => [c.code, i]));
	const byMessage = Map.groupBy(
		all.filter((c) => c.message),
		(c) => messageKey(c.message),
	);
	const byDescription = Map.groupBy(all, (c) => c.description);

	return (entry: Relatable, authored: readonly number[]): Relation[] => {
		const sharesMessage = (other: Relatable) => entry.message !== '' && messageKey(other.message) === messageKey(entry.message);
		const reasonFor = (other: Relatable): RelationReason | undefined =>
			sharesMessage(other) ? 'same-message' : other.description === entry.description ? 'same-description' : undefined;
		const relations: Relation[] = [];
		const add = (other: Relatable, reason: RelationReason) => {
			if (other.code !== entry.code && !relations.some((r) => r.code === other.code))
				relations.push({ code: other.code, reason });
		};
		for (const code of authored) {
			const other = byCode.get(code);
			if (other) add(other, reasonFor(other) ?? 'authored');
		}
		// Table order among the automatic ones, as a reader scanning the table would meet them.
		const shared = [
			...(entry.message ? (byMessage.get(messageKey(entry.message)) ?? []) : []),
			...(byDescription.get(entry.description) ?? []),
		].sort((a, b) => position.get(a.code)! - position.get(b.code)!);
		for (const other of shared) add(other, reasonFor(other)!);
		return relations;
	};
}

/** One-off convenience; pages use an index built once per build. */
export function relatedCodes(entry: Relatable, authored: readonly number[], all: readonly Relatable[]): Relation[] {
	return createRelationIndex(all)(entry, authored);
}
