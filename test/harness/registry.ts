// Node and credential types as n8n would load them: every entry of package.json's `n8n` block
// (sources by default, the compiled `dist/` files when TEST_FROM_DIST=1), plus the test nodes.
import type {
	ICredentialType,
	INodeType,
	INodeTypes,
	IVersionedNodeType,
	KnownNodesAndCredentials,
	LoadedClass,
} from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';
import { join } from 'path';

import { FixtureItems, HttpProbe, ManualTrigger } from './testNodes';

export const PACKAGE_NAME = 'n8n-nodes-invoicing';
const root = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require(join(root, 'package.json')) as { n8n: { nodes: string[]; credentials: string[] } };

function modulePath(distPath: string): string {
	if (process.env.TEST_FROM_DIST === '1') return join(root, distPath);
	return join(root, distPath.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
}

/**
 * A module of the package as the nodes under test load it (source, or dist/ with TEST_FROM_DIST=1),
 * for tests that must reach the same module instance, e.g. to clear a transport's memory.
 */
export function packageModule<T>(sourcePath: string): T {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	return require(modulePath(`dist/${sourcePath}.js`)) as T;
}

function loadClass<T>(distPath: string): T {
	const className = /([^/]+?)\.(node|credentials)\.js$/.exec(distPath)?.[1];
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const mod = require(modulePath(distPath)) as Record<string, new () => T>;
	const Ctor = className ? mod[className] : undefined;
	if (!Ctor) throw new Error(`${distPath} does not export a class named ${className}`);
	return new Ctor();
}

export class Registry implements INodeTypes {
	readonly nodes = new Map<string, INodeType | IVersionedNodeType>();
	readonly credentials = new Map<string, ICredentialType>();

	constructor() {
		this.nodes.set('n8n-nodes-base.manualTrigger', new ManualTrigger());
		this.nodes.set('test.fixtureItems', new FixtureItems());
		this.nodes.set('test.httpProbe', new HttpProbe());
		for (const file of pkg.n8n.nodes) {
			const node = loadClass<INodeType | IVersionedNodeType>(file);
			this.nodes.set(`${PACKAGE_NAME}.${node.description.name}`, node);
		}
		for (const file of pkg.n8n.credentials) {
			const credential = loadClass<ICredentialType>(file);
			this.credentials.set(credential.name, credential);
		}
	}

	getByName(nodeType: string): INodeType | IVersionedNodeType {
		const node = this.nodes.get(nodeType);
		if (!node) throw new Error(`Unknown node type ${nodeType}`);
		return node;
	}

	getByNameAndVersion(nodeType: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(nodeType), version);
	}

	getKnownTypes(): Record<string, LoadedClass<INodeType>> {
		return {};
	}

	recognizes(typeName: string): boolean {
		return this.credentials.has(typeName);
	}

	getCredential(typeName: string): ICredentialType {
		const credential = this.credentials.get(typeName);
		if (!credential) throw new Error(`Unknown credential type ${typeName}`);
		return credential;
	}

	getSupportedNodes(): string[] {
		return [];
	}

	/** The credential's `extends` chain, nearest first (e.g. shopwaveOAuth2Api → oAuth2Api). */
	getParentTypes(typeName: string): string[] {
		const extendsList = this.credentials.get(typeName)?.extends ?? [];
		return extendsList.flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}

	known(): KnownNodesAndCredentials {
		return { nodes: {}, credentials: {} };
	}
}

let shared: Registry | undefined;
export function registry(): Registry {
	shared ??= new Registry();
	return shared;
}
