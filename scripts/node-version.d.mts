export function requiredNode(packageJson: { engines?: { node?: string } }): [number, number, number];
export function satisfies(version: string, required: readonly number[]): boolean;
export function explanation(version: string, required: readonly number[]): string;
