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
// The page's other endpoint, POST /v6-api/rest/manifests ("Create new Manifest": manifest dates,
// locations, depots, carrier, vehicle, driver), is not emulated: no node operation uses it.
import type { SandboxReply, SandboxRequest } from '../framework';
import { badRequest, consignmentsOf, fieldViolations, isEmpty, jsonObjectOf } from './consignments';
import type { OmnixSandbox } from './index';

export interface OmnixManifest {
	manifestId: number;
	manifestNo: string;
	connoteNos: string[];
}

export interface ManifestState {
	/** The HTTP status of a success: 200, or 201 as the page's manifest create answered. */
	manifestReplyStatus: 200 | 201;
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

export function registerManifests(sandbox: OmnixSandbox): void {
	const fresh = (): ManifestState => ({ manifestReplyStatus: 200, manifests: manifestSeed(), nextId: 12345 });
	states.set(sandbox, fresh());
	sandbox.onReset(() => states.set(sandbox, fresh()));
	for (const prefix of sandbox.prefixes) {
		// https://www.omnix.com.au/v6-restful-apis-manifests: POST /v6-api/rest/manifests/manifestConsignments
		sandbox.route('POST', `${prefix}/manifests/manifestConsignments`, (req) => sandbox.authorised(req) ?? manifestConsignments(sandbox, req));
	}
}
