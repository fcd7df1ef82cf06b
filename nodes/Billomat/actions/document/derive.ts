import type { INodeProperties } from 'n8n-workflow';

/**
 * Another family's fields from the invoice ones: the same Billomat field names
 * (https://www.billomat.com/en/api/credit-notes/ lists the invoice page's fields it shares), picked
 * by name, with the family's nouns in the descriptions and its own overrides.
 */
export function pickOptions(
	base: INodeProperties[],
	names: readonly string[],
	words: { noun: string; plural: string },
	overrides: Record<string, Partial<INodeProperties>> = {},
): INodeProperties[] {
	const reword = (text: unknown) =>
		typeof text === 'string'
			? text
					.replace(/\binvoices\b/g, words.plural)
					.replace(/\bInvoices\b/g, words.plural.charAt(0).toUpperCase() + words.plural.slice(1))
					.replace(/\binvoice\b/g, words.noun)
					.replace(/\bInvoice\b/g, words.noun.charAt(0).toUpperCase() + words.noun.slice(1))
			: text;
	return base
		.filter((option) => names.includes(option.name))
		.map((option) => ({ ...option, description: reword(option.description) as string | undefined, ...(overrides[option.name] ?? {}) } as INodeProperties))
		.sort((a, b) => a.displayName.localeCompare(b.displayName));
}
