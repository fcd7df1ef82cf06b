// Omnix V6 manifests, from the page "V6RESTful APIs - Manifests",
// https://www.omnix.com.au/v6-restful-apis-manifests (same host, API path and `Authorization:
// ApiKey …` as the invoices). Emulated: "Manifest consignments" ("Since: 20201000"):
// - POST /v6-api/rest/manifests/manifestConsignments, `{"connoteNos": ["A","b","c"], "manifestNo":
//   "M123456"}`: "to manifest a list of consignments (to confirm the consignments are ready for
//   despatch)"; "If manifestNo is not supplied then a new manifest is created"; reply
//   `{"manifestId": 1111, "manifestNo": "M12345"}` (the older copy of the page: `"manifestNo": "AC"`).
// The stored copies say nothing more of this endpoint (no status code, no error of its own), so:
// - the status of a success is a switch (`manifestReplyStatus`): 200 (default) or 201 (the status
//   the same page's "Create new Manifest" answered in its older revisions);
// - refusals use the V6 pages' violation format ("{field} - {error} - {suggestion}", 400, msg
//   "Bad Request"): connoteNos missing, empty or not a list of connote numbers; a connote number
//   the consignment store does not hold; a manifestNo that names no manifest; a field that is empty
//   or null ("all fields with empty or null value should be removed", as the page's manifest create
//   asks). A connote already on another manifest is refused too: the emulation's choice (the page
//   does not say), so that a test can tell a manifest reused from a new one; adding a connote again
//   to the manifest it is on is accepted.
// - A new manifest gets the next id from 12345 and the number `M<id>`, the page's create example
//   ({"manifestId":12345,"manifestNo":"M12345"}); the demo data holds the request example's
//   manifest M123456 (id 1111), empty.
// "Create new Manifest" (Manifest › Create), POST /v6-api/rest/manifests, same page. Its stored
// revisions differ, and both are emulated:
// - the request: the older revisions' example (manifestDate, departureDate, departureTime,
//   estimatedArrivalDate, estimatedArrivalTime, complete, docStatus, stage, fullLoadCategory,
//   fromLocationCode/Suburb/Postcode/State, toLocationCode, agent, fromDepot, toDepot, hours,
//   manualCharge, usePercentage, hourlyCharge, dangerousGood, manifestedConsignments) and the
//   newest one's (adds halfLoadCategory, toLocationSuburb/Postcode/State, carrier, vehicle, driver,
//   tripNo, description). Appendix A, "to see all fields", is in no stored copy: any other field is
//   accepted unless `strictManifestFields` is on (then refused as "unrecognized field", against the
//   examples' names). Empty or null fields are refused ("all fields with empty or null value should
//   be removed from the request"); dates must be yyyy-MM-dd and times HH:mm, as the examples write
//   them, the flags booleans. Which field is required is not documented: manifestDate is, here (the
//   emulation's choice, it leads both examples).
// - manifestedConsignments: the older example sends one connote per entry (["C28256"]), the newest
//   one entry of connotes joined by commas (["C28256,C28257,C28258"]): both are read (an entry is
//   split at its commas); each must be a consignment the store holds and on no other manifest.
// - the reply (`createManifestReply`): 'manifest' (default) answers 200 with the newest revision's
//   {"manifestId": 12345, "manifestNo": "M12345"}; 'message' answers 201 with the older revisions'
//   {"httpStatusCode": 201, "msg": "Created: Manifest successfully created"}. The new manifest is kept
//   either way (so Consignment › Manifest can add to it by its number).
import { DateTime } from 'luxon';

import type { SandboxReply, SandboxRequest } from '../framework';
import { badRequest, consignmentsOf, fieldViolations, isEmpty, jsonObjectOf } from './consignments';
import type { OmnixSandbox } from './index';

export interface OmnixManifest {
	manifestId: number;
	manifestNo: string;
	connoteNos: string[];
}

/** The fields of both revisions' "Create new Manifest" examples. */
export const MANIFEST_FIELDS = [
	'manifestDate',
	'departureDate',
	'departureTime',
	'estimatedArrivalDate',
	'estimatedArrivalTime',
	'complete',
	'docStatus',
	'stage',
	'fullLoadCategory',
	'halfLoadCategory',
	'fromLocationCode',
	'fromLocationSuburb',
	'fromLocationPostcode',
	'fromLocationState',
	'toLocationCode',
	'toLocationSuburb',
	'toLocationPostcode',
	'toLocationState',
	'agent',
	'carrier',
	'vehicle',
	'driver',
	'fromDepot',
	'toDepot',
	'tripNo',
	'description',
	'hours',
	'manualCharge',
	'usePercentage',
	'hourlyCharge',
	'dangerousGood',
	'manifestedConsignments',
] as const;

const MANIFEST_DATES = ['manifestDate', 'departureDate', 'estimatedArrivalDate'];
const MANIFEST_TIMES = ['departureTime', 'estimatedArrivalTime', 'hours'];
const MANIFEST_FLAGS = ['complete', 'manualCharge', 'usePercentage', 'hourlyCharge', 'dangerousGood'];

export interface ManifestState {
	/** The HTTP status of a success: 200, or 201 as the page's manifest create answered. */
	manifestReplyStatus: 200 | 201;
	/** POST /manifests: 'manifest' (newest revision: 200 {manifestId, manifestNo}) or 'message' (older: 201 {httpStatusCode, msg}). */
	createManifestReply: 'manifest' | 'message';
	/** POST /manifests: refuse fields the examples do not name ("unrecognized field"). */
	strictManifestFields: boolean;
	/** The manifests created by POST /manifests, as received (a test reads them). */
	created: Array<Record<string, unknown>>;
	manifests: OmnixManifest[];
	nextId: number;
}

/** Demo data: the request example's manifest, with no consignments on it yet. */
export function manifestSeed(): OmnixManifest[] {
	return [{ manifestId: 1111, manifestNo: 'M123456', connoteNos: [] }];
}

const states = new WeakMap<OmnixSandbox, ManifestState>();

/** The sandbox's manifests and reply switch (tests read and change them here). */
export function manifestsOf(sandbox: OmnixSandbox): ManifestState {
	return states.get(sandbox)!;
}

function manifestConsignments(sandbox: OmnixSandbox, req: SandboxRequest): SandboxReply {
	const state = manifestsOf(sandbox);
	const read = jsonObjectOf(req, '{"connoteNos": [...], "manifestNo": "..."}');
	if ('refused' in read) return read.refused;
	const body = read.body;

	const violations = fieldViolations(body, ['connoteNos', 'manifestNo']);
	const connoteNos = body.connoteNos;
	const known = new Set(consignmentsOf(sandbox).consignments.map((c) => c.connoteNo));
	if (connoteNos === undefined) violations.push('connoteNos - required field - must exist and must not be empty');
	else if (!Array.isArray(connoteNos) || connoteNos.length === 0) {
		if (!isEmpty(connoteNos)) violations.push('connoteNos - invalid value - must be a non-empty list of connote numbers');
	} else {
		connoteNos.forEach((connote, n) => {
			if (typeof connote !== 'string' || connote.trim() === '') violations.push(`connoteNos[${n}] - invalid value - must be a connote number`);
			else if (!known.has(connote)) violations.push(`connoteNos[${n}] - not found - connote ${connote} does not exist`);
		});
	}
	const manifestNo = body.manifestNo;
	let target: OmnixManifest | undefined;
	if (manifestNo !== undefined && !isEmpty(manifestNo)) {
		if (typeof manifestNo !== 'string') violations.push('manifestNo - invalid value - must be a manifest number');
		else {
			target = state.manifests.find((m) => m.manifestNo === manifestNo);
			if (!target) violations.push(`manifestNo - not found - manifest ${manifestNo} does not exist`);
		}
	}
	if (Array.isArray(connoteNos)) {
		connoteNos.forEach((connote, n) => {
			const on = state.manifests.find((m) => m.connoteNos.includes(connote as string));
			if (on && on !== target) violations.push(`connoteNos[${n}] - already manifested - connote ${String(connote)} is on manifest ${on.manifestNo}`);
		});
	}
	if (violations.length) return badRequest(violations);

	if (!target) {
		const manifestId = state.nextId++;
		target = { manifestId, manifestNo: `M${manifestId}`, connoteNos: [] };
		state.manifests.push(target);
	}
	for (const connote of connoteNos as string[]) if (!target.connoteNos.includes(connote)) target.connoteNos.push(connote);
	return { status: state.manifestReplyStatus, body: { manifestId: target.manifestId, manifestNo: target.manifestNo } };
}

function createManifest(sandbox: OmnixSandbox, req: SandboxRequest): SandboxReply {
	const state = manifestsOf(sandbox);
	const read = jsonObjectOf(req, 'the manifest');
	if ('refused' in read) return read.refused;
	const body = read.body;
	const violations = fieldViolations(body, state.strictManifestFields ? MANIFEST_FIELDS : undefined);
	if (body.manifestDate === undefined) violations.push('manifestDate - required field - must exist and must not be empty');
	for (const field of MANIFEST_DATES) {
		const value = body[field];
		if (value !== undefined && !isEmpty(value) && !(typeof value === 'string' && DateTime.fromFormat(value, 'yyyy-MM-dd').isValid)) {
			violations.push(`${field} - invalid date - must be in the format yyyy-MM-dd`);
		}
	}
	for (const field of MANIFEST_TIMES) {
		const value = body[field];
		if (value !== undefined && !isEmpty(value) && !(typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value))) {
			violations.push(`${field} - invalid time - must be in the format HH:mm`);
		}
	}
	for (const field of MANIFEST_FLAGS) {
		if (body[field] !== undefined && body[field] !== null && typeof body[field] !== 'boolean') violations.push(`${field} - invalid value - must be true or false`);
	}
	const connotes: string[] = [];
	const listed = body.manifestedConsignments;
	if (listed !== undefined && !isEmpty(listed)) {
		if (!Array.isArray(listed)) violations.push('manifestedConsignments - invalid value - must be a list of connote numbers');
		else {
			const known = new Set(consignmentsOf(sandbox).consignments.map((c) => c.connoteNo));
			listed.forEach((entry, n) => {
				if (typeof entry !== 'string' || entry.trim() === '') {
					violations.push(`manifestedConsignments[${n}] - invalid value - must be a connote number`);
					return;
				}
				// The newest example's one entry of comma-joined connotes, and the older one connote per entry.
				for (const connote of entry.split(',').map((c) => c.trim()).filter(Boolean)) {
					const on = state.manifests.find((m) => m.connoteNos.includes(connote));
					if (!known.has(connote)) violations.push(`manifestedConsignments[${n}] - not found - connote ${connote} does not exist`);
					else if (on) violations.push(`manifestedConsignments[${n}] - already manifested - connote ${connote} is on manifest ${on.manifestNo}`);
					else if (!connotes.includes(connote)) connotes.push(connote);
				}
			});
		}
	}
	if (violations.length) return badRequest(violations);

	const manifestId = state.nextId++;
	const manifest: OmnixManifest = { manifestId, manifestNo: `M${manifestId}`, connoteNos: connotes };
	state.manifests.push(manifest);
	state.created.push({ ...body, manifestId, manifestNo: manifest.manifestNo });
	return state.createManifestReply === 'message'
		? { status: 201, body: { httpStatusCode: 201, msg: 'Created: Manifest successfully created' } }
		: { status: 200, body: { manifestId, manifestNo: manifest.manifestNo } };
}

export function registerManifests(sandbox: OmnixSandbox): void {
	const fresh = (): ManifestState => ({
		manifestReplyStatus: 200,
		createManifestReply: 'manifest',
		strictManifestFields: false,
		created: [],
		manifests: manifestSeed(),
		nextId: 12345,
	});
	states.set(sandbox, fresh());
	sandbox.onReset(() => states.set(sandbox, fresh()));
	for (const prefix of sandbox.prefixes) {
		// https://www.omnix.com.au/v6-restful-apis-manifests: POST /v6-api/rest/manifests/manifestConsignments
		sandbox.route('POST', `${prefix}/manifests/manifestConsignments`, (req) => sandbox.authorised(req) ?? manifestConsignments(sandbox, req));
		// https://www.omnix.com.au/v6-restful-apis-manifests: POST /v6-api/rest/manifests ("Create new Manifest")
		sandbox.route('POST', `${prefix}/manifests`, (req) => sandbox.authorised(req) ?? createManifest(sandbox, req));
	}
}
