import type { HttpContext } from './http';
import { readCredentials as readCachedCredentials } from './http';

/**
 * The credential values read in this execution context that must never appear in an error. Filled
 * where a credential is read, so no caller has to remember to pass them: every provider error made
 * through `providerRequest` or `providerErrorFor` redacts them. Keyed by the execution context
 * (one per node run), so nothing outlives the run.
 */
const secretsByContext = new WeakMap<object, Set<string>>();

/** Picks the values of a credential that are secret (keys, tokens), in every form they travel in. */
export type SecretValues<T> = (credentials: T) => ReadonlyArray<unknown>;

/**
 * The credential of this type, typed, read once for the whole node run (n8n decrypts it once), with
 * its secret values registered for this execution context. The context is an argument rather than
 * `this` so that `readCredentials<BillomatCredentials>(this, …)` keeps its type argument.
 */
export async function readCredentials<T extends object>(
	context: HttpContext,
	type: string,
	secretsOf: SecretValues<T>,
): Promise<T> {
	// n8n hands credentials over as an untyped record of the credential type's fields; T names them.
	const credentials = (await readCachedCredentials.call(context, type)) as T;
	registerSecrets(context, secretsOf(credentials));
	return credentials;
}

/** Add values that must be redacted from every error of this run (e.g. a token refreshed mid-run). */
function registerSecrets(context: object, values: ReadonlyArray<unknown>): void {
	let secrets = secretsByContext.get(context);
	if (!secrets) {
		secrets = new Set();
		secretsByContext.set(context, secrets);
	}
	for (const value of values) {
		if (typeof value === 'string' && value !== '') secrets.add(value);
	}
}

/** Every secret value registered in this execution context so far. */
export function registeredSecrets(context: object): string[] {
	return [...(secretsByContext.get(context) ?? [])];
}
