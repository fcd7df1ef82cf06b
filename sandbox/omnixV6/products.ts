// Omnix V6 product import, from the page "V6RESTful APIs - Master Data",
// https://www.omnix.com.au/v6-restful-apis-master-data, "Import Product Setup":
// POST /v6-api/rest/products/importcsv with `Content-Type: text/csv` and the CSV file itself as the
// body (the page's curl example sends it with --data-binary), `Authorization: ApiKey …` as every V6
// API. Its columns are "same as upload via the web": not listed on the page, so the emulation takes
// any header row and stores each further row as a record of it (a test reads them in `imports`).
// The page gives no reply, so:
// - the reply is a switch (`importReply`): 'json' (default) answers 200 with a V6-style message
//   {"httpStatusCode": 200, "msg": "OK: <n> products imported"}; 'text' answers 200 with that
//   message as text/plain; 'empty' an empty 200;
// - refusals use the V6 pages' 400 format ({"violations": ["{field} - {error} - {suggestion}"],
//   "httpStatusCode": 400, "msg": "Bad Request"}): a Content-Type other than text/csv, an empty
//   body, a file with a header row only. These are the emulation's choices (the page documents the
//   content type, not the errors).
import type { SandboxReply, SandboxRequest } from '../framework';
import { badRequest } from './consignments';
import type { OmnixSandbox } from './index';

export interface ProductImport {
	/** The Content-Type the request carried. */
	contentType: string;
	/** The body exactly as received. */
	bytes: Buffer;
	/** The header row's columns. */
	columns: string[];
	/** Each further row, by the header row's columns. */
	rows: Array<Record<string, string>>;
}

export interface ProductState {
	/** 'json': 200 with {httpStatusCode, msg}; 'text': the message as text/plain; 'empty': an empty 200. */
	importReply: 'json' | 'text' | 'empty';
	imports: ProductImport[];
}

const states = new WeakMap<OmnixSandbox, ProductState>();

/** The sandbox's received imports and reply switch (tests read and change them here). */
export function productsOf(sandbox: OmnixSandbox): ProductState {
	return states.get(sandbox)!;
}

/** One CSV line's cells: commas separate, double quotes enclose (a doubled quote is a quote). */
function cells(line: string): string[] {
	const out: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const char = line[i];
		if (quoted) {
			if (char === '"' && line[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (char === '"') quoted = false;
			else cell += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			out.push(cell);
			cell = '';
		} else cell += char;
	}
	out.push(cell);
	return out.map((c) => c.trim());
}

function importCsv(sandbox: OmnixSandbox, req: SandboxRequest): SandboxReply {
	const state = productsOf(sandbox);
	const contentType = String(req.headers['content-type'] ?? '');
	if (!/^text\/csv\s*(;|$)/i.test(contentType)) {
		return badRequest([`Content-Type - unsupported media type - send the CSV file with Content-Type: text/csv (got ${contentType || 'none'})`]);
	}
	const text = req.body.toString('utf8').replace(/^\uFEFF/, '');
	if (text.trim() === '') return badRequest(['request body - empty - send the CSV file as the request body']);
	const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
	const columns = cells(lines[0]);
	const rows = lines.slice(1).map((line) => Object.fromEntries(cells(line).map((value, n) => [columns[n] ?? `column${n + 1}`, value])));
	if (!rows.length) return badRequest(['request body - no products - the CSV file has a header row only']);
	state.imports.push({ contentType, bytes: Buffer.from(req.body), columns, rows });
	const msg = `OK: ${rows.length} products imported`;
	if (state.importReply === 'empty') return { status: 200, body: '' };
	if (state.importReply === 'text') return { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: msg };
	return { status: 200, body: { httpStatusCode: 200, msg } };
}

export function registerProducts(sandbox: OmnixSandbox): void {
	const fresh = (): ProductState => ({ importReply: 'json', imports: [] });
	states.set(sandbox, fresh());
	sandbox.onReset(() => states.set(sandbox, fresh()));
	for (const prefix of sandbox.prefixes) {
		// https://www.omnix.com.au/v6-restful-apis-master-data: POST /v6-api/rest/products/importcsv ("Import Product Setup")
		sandbox.route('POST', `${prefix}/products/importcsv`, (req) => sandbox.authorised(req) ?? importCsv(sandbox, req));
	}
}
