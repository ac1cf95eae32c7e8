/**
 * Parses the upstream error-code document: Markdown prose around one HTML table whose rows are
 * `code | English message | Chinese description`, split into platform sections by HTML comments.
 *
 * Pure and synchronous so that the content loader, the benchmark and unit tests share one parser.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Platform } from '../../browser/platforms.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface ErrorTableRow {
	code: number;
	message: string;
	description: string;
	platform: Platform;
	line: number;
	order: number;
}

/** One problem in the table, located so a maintainer can jump to it. */
export interface TableProblem {
	line: number;
	code: string | undefined;
	reason: string;
}

export class ErrorTableError extends Error {
	readonly file: string;
	readonly problems: readonly TableProblem[];
	constructor(file: string, problems: readonly TableProblem[]) {
		super(formatProblems(file, problems));
		this.name = 'ErrorTableError';
		this.file = file;
		this.problems = problems;
	}
}

function formatProblems(file: string, problems: readonly TableProblem[]): string {
	const lines = problems.map(
		({ line, code, reason }) => `  ${file}:${line}${code === undefined ? '' : ` (code ${JSON.stringify(code)})`}: ${reason}`,
	);
	const noun = problems.length === 1 ? 'problem' : 'problems';
	return `The error-code table ${file} has ${problems.length} ${noun}; nothing was published:\n${lines.join('\n')}`;
}

/**
 * Section markers are matched loosely on purpose: upstream writes `<!-- Android SDK 相关 -->`
 * and a maintainer adding `<!-- android sdk -->` means the same thing.
 */
function platformFromComment(text: string): Platform | undefined {
	const normalized = text.trim().toLowerCase();
	if (normalized.startsWith('ios sdk')) return 'ios';
	if (normalized.startsWith('android sdk')) return 'android';
	return undefined;
}

/** Browsers collapse whitespace in table cells, so the published text is the collapsed text. */
function textOf(node: Node): string {
	if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
	if ('childNodes' in node) return node.childNodes.map(textOf).join('');
	return '';
}
const cellText = (cell: Element) => textOf(cell).replace(/\s+/g, ' ').trim();

const CANONICAL_INTEGER = /^(0|[1-9]\d*)$/;

export function parseErrorTable(source: string, file: string): ErrorTableRow[] {
	const document = parse(source, { sourceCodeLocationInfo: true });
	const rows: ErrorTableRow[] = [];
	const problems: TableProblem[] = [];
	const firstLineOfCode = new Map<number, number>();
	let platform: Platform = 'server';
	let tableLine: number | undefined;

	const visit = (node: Node, insideTable: boolean): void => {
		if (node.nodeName === '#comment') {
			if (insideTable) platform = platformFromComment((node as DefaultTreeAdapterMap['commentNode']).data) ?? platform;
			return;
		}
		if (node.nodeName === 'table') tableLine ??= node.sourceCodeLocation?.startLine;
		if (node.nodeName === 'tr') {
			readRow(node);
			return;
		}
		if ('childNodes' in node) {
			for (const child of node.childNodes) visit(child, insideTable || node.nodeName === 'table');
		}
	};

	const readRow = (row: Element): void => {
		const cells = row.childNodes.filter((n): n is Element => n.nodeName === 'td' || n.nodeName === 'th');
		if (cells.length > 0 && cells.every((cell) => cell.nodeName === 'th')) return;
		const rowLine = row.sourceCodeLocation?.startLine ?? 0;
		const [codeCell, messageCell, descriptionCell] = cells;
		const codeText = codeCell ? cellText(codeCell) : undefined;
		const line = codeCell?.sourceCodeLocation?.startLine ?? rowLine;
		const problem = (reason: string) => problems.push({ line, code: codeText, reason });

		if (cells.length !== 3 || !codeCell || !messageCell || !descriptionCell) {
			problem(`row has ${cells.length} cell${cells.length === 1 ? '' : 's'}; expected 3 (code, message, description)`);
			return;
		}
		if (codeText === undefined || !CANONICAL_INTEGER.test(codeText)) {
			problem('the code is not a non-negative integer written without leading zeros');
			return;
		}
		const code = Number(codeText);
		const description = cellText(descriptionCell);
		if (description === '') {
			problem('the description (third cell) is empty');
			return;
		}
		const firstLine = firstLineOfCode.get(code);
		if (firstLine !== undefined) {
			problem(`duplicate code; it is first defined on line ${firstLine}`);
			return;
		}
		firstLineOfCode.set(code, line);
		rows.push({ code, message: cellText(messageCell), description, platform, line, order: rows.length });
	};

	visit(document, false);

	if (rows.length === 0 && problems.length === 0) {
		problems.push({ line: tableLine ?? 1, code: undefined, reason: 'the table has no error-code rows' });
	}
	if (problems.length > 0) throw new ErrorTableError(file, problems);
	return rows;
}
