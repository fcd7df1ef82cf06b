// `npm run scan`: n8n's own community-package scanner (@n8n/scan-community-package, the check n8n
// runs before a package may be verified), run the way it runs, on both legs:
//   1. the source: package.json and nodes/ + credentials/ (its SOURCE_FILE_PATTERNS);
//   2. the published artifact: `npm pack` of the built package, unpacked, with the scanner's
//      default patterns (every .js, .ts and .json file in it).
// Inline eslint-disable comments are ignored by the scanner, so they cannot hide a finding here.
// Needs a build first (`npm run build`). Exits 1 on any error; warnings are printed.
// `--packages`: the same for each per-provider package instead (`npm run build:packages` first).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import glob from 'fast-glob';
import { SOURCE_FILE_PATTERNS, analyzePackage, buildScanConfig } from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scannerVersion = JSON.parse(
	readFileSync(join(root, 'node_modules', '@n8n', 'scan-community-package', 'package.json'), 'utf8'),
).version;

/** Errors and warnings, counted with the scanner's own configuration (analyzePackage reports only pass/fail). */
async function count(folder, patterns) {
	const eslint = new ESLint({
		cwd: folder,
		allowInlineConfig: false,
		overrideConfigFile: true,
		overrideConfig: await buildScanConfig(),
	});
	// The files the scanner lints: the same glob and ignores as its analyzePackage.
	const files = glob.sync(patterns, { cwd: folder, absolute: true, ignore: ['node_modules/**', '**/package-lock.json'] });
	const results = files.length ? await eslint.lintFiles(files) : [];
	return {
		files: results.length,
		errors: results.reduce((sum, r) => sum + r.errorCount, 0),
		warnings: results.reduce((sum, r) => sum + r.warningCount, 0),
		text: await (await eslint.loadFormatter('stylish')).format(results.filter((r) => r.messages.length > 0)),
	};
}

async function leg(name, folder, patterns) {
	const verdict = await analyzePackage(folder, patterns);
	const tally = await count(folder, patterns ?? ['**/*.js', '**/*.ts', '**/*.json']);
	if (tally.text.trim()) process.stdout.write(tally.text);
	process.stdout.write(
		`[scan] ${name}: ${verdict.passed ? 'passed' : `FAILED (${verdict.message})`} — ${tally.files} file(s), ${tally.errors} error(s), ${tally.warnings} warning(s)\n`,
	);
	return verdict.passed && tally.errors === 0;
}

/** Both legs for one package: its sources (package.json + nodes/ + credentials/ under `sourceFolder`) and its `npm pack` from `packFolder`. */
async function scanPackage(label, sourceFolder, packFolder, work) {
	const source = await leg(`${label} source (package.json, nodes/, credentials/)`, sourceFolder, SOURCE_FILE_PATTERNS);
	const packed = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: packFolder, encoding: 'utf8' }),
	)[0];
	const unpacked = join(work, `unpacked-${packed.name}`);
	mkdirSync(unpacked);
	execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', unpacked, '--strip-components=1']);
	const tarball = await leg(`${label} tarball (${packed.filename}, ${packed.entryCount} files)`, unpacked);
	// n8n's verification rules: no runtime dependencies.
	const manifest = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8'));
	const dependencies = Object.keys(manifest.dependencies ?? {});
	if (dependencies.length) process.stdout.write(`[scan] ${label}: runtime dependencies ${dependencies.join(', ')}: n8n verifies none\n`);
	return source && tarball && dependencies.length === 0;
}

/**
 * The per-provider packages (`npm run build:packages`): each package's sources are the provider's
 * node folder, the shared core and its credentials (dist-packages/packages.json lists them), with
 * its own package.json, staged in a folder of their own.
 */
async function scanProviderPackages(work) {
	const listFile = join(root, 'dist-packages', 'packages.json');
	if (!existsSync(listFile)) throw new Error('no dist-packages/packages.json: run npm run build:packages first');
	let ok = true;
	for (const pkg of JSON.parse(readFileSync(listFile, 'utf8'))) {
		const staged = join(work, `source-${pkg.name}`);
		mkdirSync(staged);
		cpSync(join(root, pkg.folder, 'package.json'), join(staged, 'package.json'));
		for (const source of pkg.sources) cpSync(join(root, source), join(staged, source), { recursive: true });
		ok = (await scanPackage(pkg.name, staged, join(root, pkg.folder), work)) && ok;
	}
	return ok;
}

const work = mkdtempSync(join(tmpdir(), 'n8n-invoicing-scan-'));
try {
	process.stdout.write(`[scan] @n8n/scan-community-package ${scannerVersion}\n`);
	const ok = process.argv.includes('--packages') ? await scanProviderPackages(work) : await scanPackage('n8n-nodes-invoicing', root, root, work);
	process.stdout.write(`scan: ${ok ? 'passed' : 'FAILED'}\n`);
	process.exitCode = ok ? 0 : 1;
} finally {
	rmSync(work, { recursive: true, force: true });
}
