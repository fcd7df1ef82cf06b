// Builds this package and installs it into an n8n user folder the way a user's n8n would hold a
// community package: `npm pack` (so only what the "files" field publishes goes in), then
// `npm install <tarball>` in `<userFolder>/.n8n/nodes`, which also brings its runtime
// dependencies. n8n loads it from there as `n8n-nodes-invoicing.<node>`.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { PACKAGE_NAME, REPO_ROOT, START_USER_FOLDER, baseEnv, log, npmCli, run } from './runtime';

interface PackageJson {
	name: string;
	version: string;
	n8n?: { nodes?: string[]; credentials?: string[] };
}

function readPackage(folder: string): PackageJson {
	return JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as PackageJson;
}

/** `npm run build` in the repo, with the repo's own npm settings. */
export function buildPackage(): void {
	log('building the package (npm run build)');
	run(process.execPath, [npmCli(), 'run', 'build', '--silent'], { cwd: REPO_ROOT });
}

/** `npm pack` of a package folder into `packDir`: the tarball's path. */
function pack(folder: string, packDir: string): string {
	const packed = JSON.parse(
		run(process.execPath, [npmCli(), 'pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: folder, capture: true }),
	) as Array<{ filename: string }>;
	return join(packDir, packed[0].filename);
}

/**
 * Returns the folder the package was installed into.
 * @param options.extra folders of more packages to install beside it (the per-provider packages
 * of dist-packages/), each as n8n would hold it: its own entry in the nodes folder
 * @param options.combined false: those alone, without this package
 */
export function linkPackage(userFolder: string, options: { build?: boolean; extra?: string[]; combined?: boolean } = {}): string {
	if (options.build !== false) buildPackage();
	const manifest = readPackage(REPO_ROOT);
	const declared = [...(manifest.n8n?.nodes ?? []), ...(manifest.n8n?.credentials ?? [])];
	const missing = declared.filter((file) => !existsSync(join(REPO_ROOT, file)));
	if (missing.length) throw new Error(`package.json "n8n" lists files the build did not make: ${missing.join(', ')}`);
	if (!manifest.n8n?.nodes?.length) throw new Error('package.json "n8n.nodes" lists no node: n8n would load nothing');

	const packDir = mkdtempSync(join(tmpdir(), 'n8n-invoicing-pack-'));
	try {
		const nodesDir = join(userFolder, '.n8n', 'nodes');
		mkdirSync(nodesDir, { recursive: true });
		const dependencies: Record<string, string> = {};
		for (const folder of [...(options.combined === false ? [] : [REPO_ROOT]), ...(options.extra ?? [])]) {
			const { name } = readPackage(folder);
			rmSync(join(nodesDir, 'node_modules', name), { recursive: true, force: true });
			// What n8n's community package installer keeps in this folder: a package.json listing the
			// installed packages. The tarball is copied in, so the folder does not depend on packDir.
			writeFileSync(join(nodesDir, `${name}.tgz`), readFileSync(pack(folder, packDir)));
			dependencies[name] = `file:./${name}.tgz`;
		}
		writeFileSync(join(nodesDir, 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true, dependencies }, null, 2) + '\n');
		writeFileSync(join(nodesDir, '.npmrc'), 'fund=false\naudit=false\nupdate-notifier=false\npackage-lock=false\n');
		log(`installing ${Object.keys(dependencies).map((name) => `${name}@${manifest.version}`).join(', ')} into ${nodesDir}`);
		// n8n-workflow is a peer: n8n provides it, so the package must use n8n's own copy.
		run(process.execPath, [npmCli(), 'install', '--omit=dev', '--omit=peer', '--ignore-scripts', '--no-save'], {
			cwd: nodesDir,
			env: baseEnv(),
		});
		for (const name of Object.keys(dependencies)) {
			if (!existsSync(join(nodesDir, 'node_modules', name, 'package.json'))) throw new Error(`npm did not install ${name} into ${nodesDir}`);
		}
		return join(nodesDir, 'node_modules', PACKAGE_NAME);
	} finally {
		rmSync(packDir, { recursive: true, force: true });
	}
}

if (require.main === module) {
	const folder = process.argv[2] ?? START_USER_FOLDER;
	try {
		const target = linkPackage(folder);
		log(`linked into ${target}`);
	} catch (error) {
		process.stderr.write(`[n8n-runtime] link failed: ${(error as Error).message}\n`);
		process.exit(1);
	}
}
