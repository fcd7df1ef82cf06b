// An ICredentialsHelper that does what n8n's own does for these nodes: fills in credential
// defaults, applies each credential type's declared `authenticate` (generic or function), runs
// `preAuthentication`, and records OAuth2 token updates so a refresh can be asserted.
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeProperties,
	IWorkflowExecuteAdditionalData,
	Workflow,
} from 'n8n-workflow';
import { ICredentialsHelper } from 'n8n-workflow';
import { Credentials } from 'n8n-core';

import type { Registry } from './registry';

export type CredentialStore = Record<string, ICredentialDataDecryptedObject>;

/** Parent credentials (oAuth2Api) are not in this package: their fields are declared here. */
const BUILT_IN: Record<string, INodeProperties[]> = {
	oAuth2Api: [
		{ displayName: 'Grant Type', name: 'grantType', type: 'hidden', default: 'authorizationCode' },
		{ displayName: 'Authentication', name: 'authentication', type: 'hidden', default: 'header' },
		{ displayName: 'Scope', name: 'scope', type: 'hidden', default: '' },
	],
};

export class TestCredentialsHelper extends ICredentialsHelper {
	/** How often n8n asked for each credential type's decrypted data. */
	readonly reads: Record<string, number> = {};

	/** Every write n8n made to a credential (OAuth2 token refreshes), oldest first. */
	readonly updates: Array<{ type: string; data: ICredentialDataDecryptedObject }> = [];

	constructor(
		private readonly types: Registry,
		private readonly store: CredentialStore,
	) {
		super();
	}

	private properties(type: string): INodeProperties[] {
		if (BUILT_IN[type]) return BUILT_IN[type];
		const credential: ICredentialType = this.types.getCredential(type);
		const parents = (credential.extends ?? []).flatMap((p) => this.properties(p));
		return [...parents, ...credential.properties];
	}

	/** As n8n's own helper: a credential type may restrict itself to some nodes (`supportedNodes`). */
	isCredentialUsableByNode(credentialType: string, nodeType: string): boolean {
		if (BUILT_IN[credentialType]) return true;
		const supported = this.types.getCredential(credentialType).supportedNodes;
		return !supported || supported.some((name) => nodeType === name || nodeType.endsWith(`.${name}`));
	}

	getParentTypes(name: string): string[] {
		return this.types.getParentTypes(name);
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const authenticate = this.types.getCredential(typeName).authenticate;
		if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
		if (!authenticate || authenticate.type !== 'generic') return requestOptions;
		const resolve = (value: unknown) =>
			typeof value === 'string' && value.startsWith('=')
				? workflow.expression.getSimpleParameterValue(node, value, 'internal', { $credentials: credentials }, undefined, '')
				: value;
		const out: IHttpRequestOptions = { ...requestOptions };
		for (const section of ['headers', 'qs', 'body', 'auth'] as const) {
			const declared = authenticate.properties[section] as IDataObject | undefined;
			if (!declared) continue;
			const current = ((out as unknown as Record<string, unknown>)[section] ?? {}) as IDataObject;
			const merged: IDataObject = { ...current };
			for (const [key, value] of Object.entries(declared)) merged[key] = resolve(value) as IDataObject[string];
			(out as unknown as Record<string, unknown>)[section] = merged;
		}
		return out;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.types.getCredential(typeName);
		if (typeof type.preAuthentication !== 'function') return undefined;
		const expirable = type.properties.find((p) => p.typeOptions?.expirable === true);
		if (!expirable) return undefined;
		if (credentials[expirable.name] === '' || credentialsExpired) {
			const output = await type.preAuthentication.call(helpers, credentials);
			this.store[typeName] = { ...credentials, ...(output as ICredentialDataDecryptedObject) };
			return output as ICredentialDataDecryptedObject;
		}
		return undefined;
	}

	async runPreAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.properties(type);
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		this.reads[type] = (this.reads[type] ?? 0) + 1;
		const stored = this.store[type];
		if (!stored) throw new Error(`No test credential of type ${type} was given`);
		const withDefaults: ICredentialDataDecryptedObject = {};
		for (const property of this.properties(type)) {
			if (property.default !== undefined && property.type !== 'notice') {
				withDefaults[property.name] = property.default as ICredentialDataDecryptedObject[string];
			}
		}
		return { ...withDefaults, ...structuredClone(stored) };
	}

	async getCredentials(nodeCredentials: INodeCredentialsDetails, type: string): Promise<Credentials> {
		return new Credentials({ id: nodeCredentials.id, name: nodeCredentials.name }, type, '');
	}

	async updateCredentials(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.store[type] = structuredClone(data);
		this.updates.push({ type, data: structuredClone(data) });
	}

	async updateCredentialsOauthTokenData(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		await this.updateCredentials(nodeCredentials, type, data);
	}
}
