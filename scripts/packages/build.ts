// `npm run build:packages`: besides the combined package (dist/), one package per provider, for
// n8n Cloud, whose verification accepts a package that integrates exactly one service. Build
// output only: the repository keeps one source tree. Each package is made from the combined
// build, in dist-packages/<name>/:
//   - package.json: its own name (n8n-nodes-invoicing-<provider>), the combined package's version,
//     an `n8n` block listing only its nodes and the credentials they use, no `dependencies`;
//   - dist/: its node folder, the shared core (nodes/shared), its credentials, the icons they
//     name and the bundled libraries its files require;
//   - README.md (the provider's page with install notes), LICENSE, examples/ (the provider's
//     example workflows that use no other provider's nodes).
// n8n names a community node `<package name>.<node name>`, so these node types never clash with
// the combined package's; credential types keep their names, so a credential works with both.
//
// Flags: --no-build (use dist/ as it is), --out DIR (default dist-packages/).
import { spawnSync } from 'child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { basename, dirname, join, posix, relative, resolve } from 'path';
import { FILES_TOKEN } from '../n8n/local-services';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const PACKAGES_DIR = join(REPO_ROOT, 'dist-packages');

/** What the build cannot read from the code: the package name's suffix, the provider's page and examples' prefix. */
export interface ProviderPackage {
	/** The node folder under nodes/ (and dist/nodes/). */
	folder: string;
	/** The provider's name as its nodes show it. */
	displayName: string;
	/** `n8n-nodes-invoicing-<slug>`; the examples of the provider are `examples/<slug>-*.json`. */
	slug: string;
	/** The provider's page in docs/. */
	doc: string;
}

export const PROVIDERS: ProviderPackage[] = [
	{ folder: 'Billomat', displayName: 'Billomat', slug: 'billomat', doc: 'docs/billomat.md' },
	{ folder: 'InvoiceXpress', displayName: 'InvoiceXpress', slug: 'invoicexpress', doc: 'docs/invoicexpress.md' },
	{ folder: 'IMaterialise', displayName: 'i.materialise', slug: 'imaterialise', doc: 'docs/imaterialise.md' },
	{ folder: 'Shopwave', displayName: 'Shopwave', slug: 'shopwave', doc: 'docs/shopwave.md' },
	{ folder: 'OmnixV6', displayName: 'Omnix V6', slug: 'omnix-v6', doc: 'docs/omnix-v6.md' },
];

export const COMBINED_NAME = 'n8n-nodes-invoicing';

/** What a package's examples say instead of the files-folder placeholder of examples/. */
const USER_FILES_DIR = '/home/node/.n8n-files';

export function packageName(provider: ProviderPackage): string {
	return `${COMBINED_NAME}-${provider.slug}`;
}

interface Manifest {
	name: string;
	version: string;
	description?: string;
	license: string;
	keywords?: string[];
	engines?: Record<string, string>;
	peerDependencies?: Record<string, string>;
	devDependencies?: Record<string, string>;
	author?: unknown;
	homepage: string;
	repository?: unknown;
	n8n: { n8nNodesApiVersion: number; strict?: boolean; nodes: string[]; credentials: string[] };
}

function readManifest(): Manifest {
	return JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
}

/** The type name a built node or credential file declares, read as n8n reads it (the class named like the file). */
function typeNameOf(file: string): { name: string; credentials: string[]; icons: string[] } {
	const className = basename(file).split('.')[0];
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const Type = (require(join(REPO_ROOT, file)) as Record<string, new () => Record<string, unknown>>)[className];
	if (typeof Type !== 'function') throw new Error(`${file} does not export a class ${className}`);
	const instance = new Type();
	const description = (instance.description ?? instance) as {
		name?: string;
		credentials?: Array<{ name: string }>;
		icon?: unknown;
	};
	const icons = JSON.stringify(description.icon ?? instance.icon ?? '')
		.match(/[\w.-]+\.svg/g) ?? [];
	return { name: String(description.name ?? instance.name ?? ''), credentials: (description.credentials ?? []).map((c) => c.name), icons };
}

function filesUnder(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

/** The bundled libraries (dist/vendor/*.js) the given built files require. */
function vendoredRequired(files: string[]): string[] {
	const wanted = new Set<string>();
	for (const file of files.filter((f) => f.endsWith('.js'))) {
		for (const [, lib] of readFileSync(file, 'utf8').matchAll(/require\("[./]*\/vendor\/([\w.-]+?)(?:\.js)?"\)/g)) wanted.add(`${lib}.js`);
	}
	return [...wanted].sort();
}

/** Relative links of a page in docs/ made absolute (the repository on GitHub), for a README read on npm. */
export function absoluteLinks(markdown: string, pagePath: string, homepage: string): string {
	return markdown.replace(/\]\((?!https?:|mailto:|#)([^)\s]+)\)/g, (_all, target: string) => {
		const [path, hash] = target.split('#');
		const repoPath = posix.normalize(posix.join(posix.dirname(pagePath), path));
		const url = repoPath === 'README.md' ? `${homepage}#${hash ?? 'readme'}` : `${homepage}/blob/main/${repoPath}${hash ? `#${hash}` : ''}`;
		return `](${url})`;
	});
}

function readme(provider: ProviderPackage, manifest: Manifest, examples: string[], nodeNames: string[]): string {
	const name = packageName(provider);
	const page = readFileSync(join(REPO_ROOT, provider.doc), 'utf8')
		.replace(/^# .*\n/, '')
		.replace(/ *\[← README\]\([^)]*\)/, '');
	const exampleList = examples.length
		? examples.map((file) => `- [\`examples/${file}\`](examples/${file})`).join('\n')
		: '- the provider\'s examples use nodes of other providers too: see the combined package\'s examples';
	return `# ${name}

n8n community nodes for **${provider.displayName}**, from [n8n-nodes-invoicing](${manifest.homepage}): the
same nodes as in the combined package \`${COMBINED_NAME}\`, with only ${provider.displayName} in this
package. Node types: ${nodeNames.map((n) => `\`${name}.${n}\``).join(', ')}.

## Install

- **n8n Cloud**: once n8n has verified this package, search the node panel for
  "${provider.displayName}" and install it from there.
- **Self-hosted n8n**: **Settings → Community Nodes → Install**, enter \`${name}\`; or
  \`npm install ${name}\` in \`~/.n8n/nodes\` and restart n8n.
- **Next to \`${COMBINED_NAME}\`**: install one or the other for a provider. Both can be
  installed (their node types have different package names, so no type is registered twice), but
  the editor then lists ${provider.displayName}'s nodes twice. They share the credential types, so a
  credential saved for one works with the other; keep both at the same version.

The package has no runtime dependencies: the shared core of n8n-nodes-invoicing and the libraries
it needs are bundled in \`dist/\`. It works in n8n 2.x and 1.x (tested: 2.41.1 and 1.123.81).

## Example workflows

${exampleList}

Import one with **Workflows → Import from File** and pick your credential in each node. Files an
example reads or writes are in \`${USER_FILES_DIR}\`, n8n 2.x's files folder in its Docker image.

${absoluteLinks(page, provider.doc, manifest.homepage).trim()}

## License

MIT
`;
}

export interface BuiltPackage {
	provider: ProviderPackage;
	name: string;
	folder: string;
	nodes: string[];
	credentials: string[];
	/** The source files of this package (package.json aside), for the scanner's source leg: repo-relative. */
	sources: string[];
	examples: string[];
}

/** Builds every provider's package from dist/ into `outDir`. */
export function buildPackages(outDir = PACKAGES_DIR): BuiltPackage[] {
	const manifest = readManifest();
	const distDir = join(REPO_ROOT, 'dist');
	if (!existsSync(distDir)) throw new Error('no dist/: run npm run build first');
	rmSync(outDir, { recursive: true, force: true });
	const credentialFiles = manifest.n8n.credentials.map((file) => ({ file, ...typeNameOf(file) }));
	const claimed = new Set<string>();
	const built: BuiltPackage[] = [];

	for (const provider of PROVIDERS) {
		const name = packageName(provider);
		const folder = join(outDir, name);
		const nodeFiles = manifest.n8n.nodes.filter((file) => file.startsWith(`dist/nodes/${provider.folder}/`));
		if (nodeFiles.length === 0) throw new Error(`package.json lists no node under dist/nodes/${provider.folder}/`);
		const nodes = nodeFiles.map((file) => ({ file, ...typeNameOf(file) }));
		const usedCredentials = new Set(nodes.flatMap((n) => n.credentials));
		const credentials = credentialFiles.filter((c) => usedCredentials.has(c.name));
		const missing = [...usedCredentials].filter((c) => !credentials.some((f) => f.name === c));
		if (missing.length) throw new Error(`${provider.displayName}'s nodes use credential types package.json does not list: ${missing.join(', ')}`);

		// dist/: the node folder, the shared core, the credentials (every file of theirs), icons, libraries.
		const copy = (from: string) => {
			const to = join(folder, from);
			mkdirSync(dirname(to), { recursive: true });
			cpSync(join(REPO_ROOT, from), to, { recursive: true });
		};
		copy(`dist/nodes/${provider.folder}`);
		copy('dist/nodes/shared');
		for (const credential of credentials) {
			const stem = credential.file.replace(/\.js$/, '');
			for (const file of readdirSync(join(REPO_ROOT, 'dist', 'credentials'))) {
				if (`dist/credentials/${file}`.startsWith(`${stem}.`)) copy(`dist/credentials/${file}`);
			}
		}
		const icons = new Set([...nodes, ...credentials].flatMap((t) => t.icons));
		for (const icon of icons) copy(`dist/icons/${icon}`);
		const copied = filesUnder(join(folder, 'dist'));
		const libraries = vendoredRequired(copied);
		for (const lib of libraries) copy(`dist/vendor/${lib}`);
		// What the copied code requires by a relative path (credentials/testRules, …), until nothing is missing.
		for (let added = true; added; ) {
			added = false;
			for (const file of filesUnder(join(folder, 'dist')).filter((f) => f.endsWith('.js'))) {
				for (const [, target] of readFileSync(file, 'utf8').matchAll(/require\("(\.{1,2}\/[^"]+)"\)/g)) {
					const path = resolve(dirname(file), target);
					// Nothing may reach out of the package: it must load on its own.
					if (relative(folder, path).startsWith('..')) throw new Error(`${relative(outDir, file)} requires ${target}, outside ${name}`);
					if ([path, `${path}.js`, join(path, 'index.js')].some((p) => existsSync(p))) continue;
					const fromRepo = relative(folder, `${path}.js`);
					if (!existsSync(join(REPO_ROOT, fromRepo))) throw new Error(`${relative(outDir, file)} requires ${target}, which the build did not make`);
					const stem = fromRepo.replace(/\.js$/, '');
					for (const sibling of readdirSync(join(REPO_ROOT, dirname(stem)))) {
						if (`${dirname(stem)}/${sibling}`.startsWith(`${stem}.`)) copy(`${dirname(stem)}/${sibling}`);
					}
					added = true;
				}
			}
		}

		const examples = existsSync(join(REPO_ROOT, 'examples'))
			? readdirSync(join(REPO_ROOT, 'examples'))
					.filter((file) => file.startsWith(`${provider.slug}-`) && file.endsWith('.json'))
					.filter((file) => {
						const workflow = JSON.parse(readFileSync(join(REPO_ROOT, 'examples', file), 'utf8')) as { nodes: Array<{ type: string }> };
						const ours = workflow.nodes.filter((n) => n.type.startsWith(`${COMBINED_NAME}.`));
						return ours.every((n) => nodes.some((node) => `${COMBINED_NAME}.${node.name}` === n.type));
					})
					.sort()
			: [];
		mkdirSync(join(folder, 'examples'), { recursive: true });
		for (const file of examples) {
			// The example as a user of this package imports it: its node types under this package's name.
			// Files the example reads or writes go to n8n 2.x's default files folder (N8N_RESTRICT_FILE_ACCESS_TO) in its Docker image.
			const text = readFileSync(join(REPO_ROOT, 'examples', file), 'utf8').split(FILES_TOKEN).join(USER_FILES_DIR);
			writeFileSync(join(folder, 'examples', file), withPackageTypes(text, nodes.map((n) => n.name), name));
		}

		const nodeList = nodeFiles.map((f) => f);
		const credentialList = credentials.map((c) => c.file);
		const packageJson = {
			name,
			version: manifest.version,
			description: `n8n community nodes for ${provider.displayName}, from n8n-nodes-invoicing (the same nodes as the combined package, one provider).`,
			license: manifest.license,
			keywords: ['n8n-community-node-package', 'n8n', 'invoice', provider.slug.replace(/-/g, '')],
			main: 'index.js',
			files: ['dist', 'examples'],
			engines: manifest.engines,
			peerDependencies: manifest.peerDependencies,
			// Bundled into dist/vendor/ at build time, as in the combined package: never installed at run time.
			devDependencies: Object.fromEntries(
				libraries.map((lib) => {
					const library = lib.replace(/\.js$/, '');
					const version = manifest.devDependencies?.[library];
					if (!version) throw new Error(`dist/vendor/${lib} is not a devDependency of the combined package`);
					return [library, version];
				}),
			),
			author: manifest.author,
			homepage: manifest.homepage,
			repository: manifest.repository,
			n8n: { n8nNodesApiVersion: manifest.n8n.n8nNodesApiVersion, strict: manifest.n8n.strict, credentials: credentialList, nodes: nodeList },
		};
		writeFileSync(join(folder, 'package.json'), JSON.stringify(packageJson, null, 2) + '\n');
		writeFileSync(join(folder, 'README.md'), readme(provider, manifest, examples, nodes.map((n) => n.name)));
		copyFileSync(join(REPO_ROOT, 'LICENSE'), join(folder, 'LICENSE'));

		for (const node of nodes) {
			if (claimed.has(node.file)) throw new Error(`${node.file} would be in two packages`);
			claimed.add(node.file);
		}
		const sourceOf = (built: string) => built.replace(/^dist\//, '').replace(/\.js$/, '.ts');
		built.push({
			provider,
			name,
			folder,
			nodes: nodes.map((n) => n.name),
			credentials: credentials.map((c) => c.name),
			sources: [
				`nodes/${provider.folder}`,
				'nodes/shared',
				...[...icons].map((icon) => `icons/${icon}`),
				...filesUnder(join(folder, 'dist', 'credentials'))
					.filter((f) => f.endsWith('.js'))
					.map((f) => sourceOf(relative(folder, f)))
					.filter((f) => existsSync(join(REPO_ROOT, f))),
			],
			examples,
		});
	}
	const orphans = manifest.n8n.nodes.filter((file) => !claimed.has(file));
	if (orphans.length) throw new Error(`nodes in no provider's package (add the provider to scripts/packages/build.ts): ${orphans.join(', ')}`);
	// What the scanner (scripts/scan-package.mjs --packages) reads: each package and its sources.
	writeFileSync(
		join(outDir, 'packages.json'),
		JSON.stringify(
			built.map((p) => ({ name: p.name, folder: relative(REPO_ROOT, p.folder), sources: p.sources })),
			null,
			2,
		) + '\n',
	);
	return built;
}

/** A workflow's JSON with the combined package's types of `nodeNames` under `packageName` instead. */
export function withPackageTypes(workflowJson: string, nodeNames: string[], packageName: string): string {
	const workflow = JSON.parse(workflowJson) as { nodes: Array<{ type: string }> };
	return JSON.stringify(onPackages(workflow, [{ name: packageName, nodes: nodeNames }]), null, 2) + '\n';
}

/** The workflow with each node of the combined package moved to the per-provider package that has its type. */
export function onPackages<W extends { nodes: Array<{ type: string }> }>(workflow: W, packages: Array<Pick<BuiltPackage, 'name' | 'nodes'>>): W {
	return {
		...workflow,
		nodes: workflow.nodes.map((node) => {
			const [prefix, type] = node.type.split('.');
			const owner = prefix === COMBINED_NAME ? packages.find((p) => p.nodes.includes(type)) : undefined;
			return owner ? { ...node, type: `${owner.name}.${type}` } : node;
		}),
	};
}

if (require.main === module) {
	const args = process.argv.slice(2);
	const out = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]) : PACKAGES_DIR;
	if (!args.includes('--no-build')) {
		const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: REPO_ROOT, stdio: 'inherit' });
		if (result.status !== 0) process.exit(result.status ?? 1);
	}
	try {
		for (const pkg of buildPackages(out)) {
			const files = filesUnder(pkg.folder).length;
			process.stdout.write(
				`[packages] ${pkg.name}@${readManifest().version}: ${pkg.nodes.join(', ')}; credentials ${pkg.credentials.join(', ')}; ${pkg.examples.length} example(s); ${files} files in ${relative(REPO_ROOT, pkg.folder)}\n`,
			);
		}
	} catch (error) {
		process.stderr.write(`[packages] ${(error as Error).message}\n`);
		process.exit(1);
	}
}
