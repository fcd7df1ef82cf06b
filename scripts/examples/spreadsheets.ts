// Writes examples/data/orders.csv and orders.xlsx: the rows the spreadsheet example turns into
// invoices, as a German user's spreadsheet holds them — dates as text (31.03.2024), decimal commas
// in the CSV, numbers as number cells in the workbook, an empty optional column, and one bad row
// in each file (a quantity in words; a date that does not exist). Run again after changing ROWS:
//
//   npx ts-node --transpile-only scripts/examples/spreadsheets.ts
//
// The workbook is written with the SheetJS library n8n reads it with (from the installed n8n
// runtime, `npm run n8n:install`), so nothing extra is installed for it.
import { writeFileSync } from 'fs';
import { join } from 'path';
import { REPO_ROOT, RUNTIME_DIR } from '../n8n/runtime';

const DATA = join(REPO_ROOT, 'examples', 'data');
const HEADER = ['client_id', 'title', 'quantity', 'unit_price', 'date', 'note'] as const;

/** [client_id, title, quantity, unit price, date (dd.MM.yyyy), note ('' = empty cell)]. */
type Row = [number, string, number | string, number | string, string, string];

const CSV_ROWS: Row[] = [
	[476, 'Beratung März', 2, '90,00', '31.03.2024', 'Projekt Alpha'],
	[476, 'Support-Stunden', '1,5', '75,50', '02.04.2024', ''],
	[476, 'Hosting April', 'zwei', '19,99', '03.04.2024', 'quantity in words: refused'],
];

const XLSX_ROWS: Row[] = [
	[476, 'Wartung Q2', 3, 120, '15.04.2024', ''],
	[476, 'Schulung', 1, 450.5, '16.04.2024', 'vor Ort'],
	[476, 'Lizenz', 1, 99.9, '31.13.2024', 'a date that does not exist: refused'],
];

/** Semicolons between cells, as a spreadsheet with decimal commas saves CSV; an empty note is an empty cell. */
function csv(rows: Row[]): string {
	const cell = (value: string | number) => (/[;"\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));
	return [HEADER.join(';'), ...rows.map((row) => row.map(cell).join(';'))].join('\r\n') + '\r\n';
}

function xlsx(rows: Row[]): Buffer {
	// n8n 2.x reads spreadsheets with SheetJS published as @e965/xlsx, 1.x with xlsx.
	const name = ['@e965/xlsx', 'xlsx'].find((candidate) => {
		try {
			require.resolve(candidate, { paths: [join(RUNTIME_DIR, 'node_modules')] });
			return true;
		} catch {
			return false;
		}
	});
	if (!name) throw new Error(`no SheetJS in ${RUNTIME_DIR}: run \`npm run n8n:install\` first`);
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const XLSX = require(require.resolve(name, { paths: [join(RUNTIME_DIR, 'node_modules')] })) as {
		utils: { aoa_to_sheet(data: unknown[][]): unknown; book_new(): unknown; book_append_sheet(book: unknown, sheet: unknown, name: string): void };
		write(book: unknown, options: { type: 'buffer'; bookType: 'xlsx'; compression: boolean }): Buffer;
	};
	// An empty note stays an empty cell (null), not a cell holding "".
	const sheet = XLSX.utils.aoa_to_sheet([[...HEADER], ...rows.map((row) => row.map((value) => (value === '' ? null : value)))]);
	const book = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(book, sheet, 'Orders');
	return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true });
}

writeFileSync(join(DATA, 'orders.csv'), csv(CSV_ROWS));
writeFileSync(join(DATA, 'orders.xlsx'), xlsx(XLSX_ROWS));
process.stdout.write(`wrote ${join(DATA, 'orders.csv')} and ${join(DATA, 'orders.xlsx')}\n`);
